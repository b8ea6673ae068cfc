import { DEADLINE_SOURCES } from "@/domain";
import { useT } from "@/i18n";
import { SourceAddresses } from "@/ui/components";
import { Icon } from "@/ui/icons";

const LINES = ["owed", "valid", "ask"] as const;

/**
 * What to do when an attestation de prolongation d'instruction ends: it is owed for a complete request
 * filed on time, lasts up to 3 months and is renewed until the decision, so the next one is asked of
 * the préfecture (R.431-15-1, DOMAIN.md §5.3), with the letter Papiers writes for it.
 */
export function AttestationHelp() {
  const { t } = useT();
  return (
    <div class="attestation-help">
      {LINES.map((line) => (
        <p key={line} data-listen>
          {t(`followup:events.attestationHelp.${line}`)}
        </p>
      ))}
      <a class="big-button" href="/letters/prolongationAttestation">
        <Icon name="mail" />
        <span>{t("followup:events.attestationHelp.letter")}</span>
      </a>
      <SourceAddresses label={t("followup:sourceLabel")} sources={DEADLINE_SOURCES.attestation} />
    </div>
  );
}
