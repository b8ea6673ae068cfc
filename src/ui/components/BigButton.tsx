import type { ComponentChildren } from "preact";
import { Icon, type IconName } from "@/ui/icons";

interface BigButtonProps {
  icon: IconName;
  children: ComponentChildren;
  /** A link when given; a button otherwise. */
  href?: string;
  onClick?: () => void;
  variant?: "primary" | "secondary" | "quiet";
  block?: boolean;
  type?: "button" | "submit";
  lang?: string;
}

/** The one large action of a screen, or a secondary one: an icon with its visible label. */
export function BigButton({
  icon,
  children,
  href,
  onClick,
  variant = "secondary",
  block,
  type,
  lang,
}: BigButtonProps) {
  const shared = { class: "big-button", "data-variant": variant, "data-block": block ? "" : undefined, lang };
  const content = (
    <>
      <Icon name={icon} />
      <span>{children}</span>
    </>
  );
  if (href !== undefined) {
    return (
      <a {...shared} href={href} onClick={onClick}>
        {content}
      </a>
    );
  }
  return (
    <button {...shared} type={type ?? "button"} onClick={onClick}>
      {content}
    </button>
  );
}
