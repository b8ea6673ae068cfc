export { Icon, type IconName, loadIcons } from "./Icon";
