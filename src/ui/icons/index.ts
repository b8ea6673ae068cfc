export { Icon, type IconName, iconNames } from "./Icon";
export { Pictogram } from "./Pictogram";
export { isPictogramName, type PictogramName, pictograms } from "./pictograms";
