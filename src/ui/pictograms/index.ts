export { DossierIcon, type DossierIconName, isDossierIconName } from "./DossierIcon";
export { Pictogram } from "./Pictogram";
export { isPictogramName, type PictogramName, pictograms } from "./pictograms";
