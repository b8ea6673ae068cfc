import type { ComponentChildren } from "preact";
import { Icon, type IconName } from "@/ui/icons";

/** A large home-screen picture tile: a link with a big icon and its label. */
export function Tile({
  href,
  icon,
  children,
}: {
  href: string;
  icon: IconName;
  children: ComponentChildren;
}) {
  return (
    <li>
      <a class="tile" href={href}>
        <Icon name={icon} />
        <span>{children}</span>
      </a>
    </li>
  );
}
