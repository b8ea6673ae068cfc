import { useT } from "@/i18n";
import type { BordereauEntry } from "@/print";
import { lookup } from "@/ui/components";
import { Icon } from "@/ui/icons";

/** The numbered documents of the packet: name in the person's language, official French name, pages. */
export function PieceList({
  bordereau,
  pages,
}: {
  bordereau: readonly BordereauEntry[];
  pages: readonly number[];
}) {
  const { t } = useT();
  return (
    <section class="stack" aria-labelledby="packet-list">
      <h2 id="packet-list">{t("packet:screen.list")}</h2>
      <ol class="plain-list packet-pieces">
        {bordereau.map((entry, index) => (
          <li key={entry.documentId}>
            <strong>{t("packet:screen.number", { number: entry.number })}</strong>{" "}
            <span>{lookup(t, "catalogue", `documents.${entry.documentId}.name`)}</span>
            <span class="official" lang="fr">
              {entry.frenchName}
            </span>
            <span>
              <Icon name="file-text" /> {t("packet:screen.pageCount", { number: pages[index] ?? 0 })}
            </span>
            {(pages[index] ?? 0) === 0 && <span class="fact">{t("packet:screen.noPages")}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
