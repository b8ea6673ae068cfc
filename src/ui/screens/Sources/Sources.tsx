import { catalogue } from "@/catalogue";
import { useT } from "@/i18n";
import { formatAdminDate } from "@/lib/formatAdminDate";
import { lookup, Screen, SourceLinks, ToConfirm } from "@/ui/components";

/** For social workers: every procedure, document and fee regime with its sources and verification date. */
export function Sources() {
  const { t } = useT();
  const verified = (date: string) => t("document.verified", { ns: "dossier", date: formatAdminDate(date) });
  return (
    <Screen title={t("sources.title", { ns: "dossier" })} back="/" here="/sources">
      <p data-listen>{t("sources.intro", { ns: "dossier" })}</p>
      <h2>{t("sources.procedures", { ns: "dossier" })}</h2>
      <ul class="source-entries" aria-label={t("sources.procedures", { ns: "dossier" })}>
        {catalogue.procedures.map((p) => (
          <li key={p.id}>
            <h3 lang="fr">{p.frenchTitle}</h3>
            <p>{lookup(t, "catalogue", `procedures.${p.id}.title`)}</p>
            <p class="official" lang="fr">
              {[p.code, p.legalBasis].filter(Boolean).join(" — ")}
            </p>
            {p.toConfirm && <ToConfirm />}
            <SourceLinks sources={p.sources} />
            <p class="source">{verified(p.lastVerified)}</p>
          </li>
        ))}
      </ul>
      <h2>{t("sources.documents", { ns: "dossier" })}</h2>
      <ul class="source-entries" aria-label={t("sources.documents", { ns: "dossier" })}>
        {catalogue.documents.map((d) => (
          <li key={d.id}>
            <h3 lang="fr">{d.frenchName}</h3>
            <p>{lookup(t, "catalogue", `documents.${d.id}.name`)}</p>
            {d.toConfirm && <ToConfirm />}
            <SourceLinks sources={d.sources} />
            <p class="source">{verified(d.lastVerified)}</p>
          </li>
        ))}
      </ul>
      <h2>{t("sources.fees", { ns: "dossier" })}</h2>
      <ul class="source-entries" aria-label={t("sources.fees", { ns: "dossier" })}>
        {catalogue.feeRegimes.map((r) => (
          <li key={r.id}>
            <h3 lang="fr">{r.frenchName}</h3>
            <p>{t("fee.since", { ns: "dossier", date: formatAdminDate(r.from) })}</p>
            {r.toConfirm && <ToConfirm />}
            <SourceLinks sources={r.sources} />
          </li>
        ))}
      </ul>
    </Screen>
  );
}
