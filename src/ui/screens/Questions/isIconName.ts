import { type IconName, iconNames } from "@/ui/icons";

/** Whether a name from the catalogue data is an icon the app carries. */
export function isIconName(name: string): name is IconName {
  return iconNames.has(name);
}
