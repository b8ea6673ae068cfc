import { useT } from "@/i18n";
import type { BordereauEntry, PageProblem } from "@/print";
import { Icon } from "@/ui/icons";

/** The pages that could not be read back, each with its document's official name. */
export function Problems({
  problems,
  bordereau,
}: {
  problems: readonly PageProblem[];
  bordereau: readonly BordereauEntry[];
}) {
  const { t } = useT();
  if (problems.length === 0) return null;
  return (
    <div role="alert">
      <ul class="plain-list stack">
        {problems.map((problem) => {
          const name = bordereau.find((entry) => entry.number === problem.number)?.frenchName ?? "";
          return (
            <li key={`${problem.number}-${problem.position}`} class="banner" data-tone="warn">
              <Icon name="file-alert" />
              <p>{t("packet:build.problem", { name, position: problem.position })}</p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
