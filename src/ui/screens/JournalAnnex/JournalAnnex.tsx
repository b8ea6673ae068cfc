import { frenchT, useT } from "@/i18n";
import { todayOf } from "@/lib/calendarDate";
import { formatAdminDate } from "@/lib/formatAdminDate";
import { listAttempts } from "@/storage";
import { BigButton, Screen } from "@/ui/components";
import { useLiveQuery } from "@/ui/hooks/useLiveQuery";
import { useStoredFileUrl } from "@/ui/hooks/useStoredFileUrl";

/**
 * The journal as a dated annex in French, for the préfecture, a lawyer or a judge: every attempt in
 * date order, numbered, with its details and screenshots. Printed through the browser.
 */
export function JournalAnnex() {
  const { t } = useT();
  const fr = frenchT();
  const state = useLiveQuery(
    () => listAttempts(),
    [],
    (c) => c.kind === "attempt",
  );
  const attempts = state.status === "ready" ? state.value : [];
  return (
    <Screen title={t("followup:annex.screenTitle")} back="/journal" here="/journal/annex">
      <div class="no-print card__actions">
        <p data-listen>{t("followup:annex.explain")}</p>
        <BigButton icon="printer" variant="primary" onClick={() => window.print()}>
          {t("followup:annex.print")}
        </BigButton>
      </div>
      <article class="paper" lang="fr" dir="ltr">
        <h2>{fr("followup:annex.title")}</h2>
        <p>{fr("followup:annex.subtitle")}</p>
        <p>
          {fr("followup:annex.name")} : ______________________________ — {fr("followup:annex.printedOn")}{" "}
          {formatAdminDate(todayOf(new Date()))}
        </p>
        <table class="paper__table">
          <thead>
            <tr>
              <th scope="col">{fr("followup:annex.number")}</th>
              <th scope="col">{fr("followup:annex.date")}</th>
              <th scope="col">{fr("followup:annex.step")}</th>
              <th scope="col">{fr("followup:annex.details")}</th>
            </tr>
          </thead>
          <tbody>
            {attempts.map((attempt, index) => (
              <tr key={attempt.id}>
                <td>{index + 1}</td>
                <td>{formatAdminDate(attempt.date)}</td>
                <td>{fr(`followup:journal.kinds.${attempt.kind}`)}</td>
                <td>
                  {attempt.ticket && (
                    <>
                      {fr("followup:journal.ticket")} : <bdi>{attempt.ticket}</bdi>
                      <br />
                    </>
                  )}
                  {attempt.place && (
                    <>
                      {fr("followup:journal.place")} : <bdi>{attempt.place}</bdi>
                      <br />
                    </>
                  )}
                  {attempt.note && <bdi>{attempt.note}</bdi>}
                  {attempt.screenshot && (
                    <>
                      <br />
                      {fr("followup:annex.screenshot", { number: index + 1 })}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {attempts.length === 0 && <p>{fr("followup:journal.none")}</p>}
        {attempts
          .map((attempt, index) => ({ attempt, number: index + 1 }))
          .filter(({ attempt }) => attempt.screenshot)
          .map(({ attempt, number }) => (
            <figure key={attempt.id} class="paper__figure">
              {attempt.screenshot && <AnnexImage fileKey={attempt.screenshot.fileKey} number={number} />}
              <figcaption>
                {fr("followup:annex.screenshot", { number })} — {formatAdminDate(attempt.date)}
              </figcaption>
            </figure>
          ))}
        <p class="source">{fr("followup:journal.law.source")}</p>
      </article>
    </Screen>
  );
}

/** A screenshot on the annex, with the number the table refers to. */
function AnnexImage({ fileKey, number }: { fileKey: string; number: number }) {
  const url = useStoredFileUrl(fileKey);
  return url ? <img src={url} alt={frenchT()("followup:annex.screenshot", { number })} /> : null;
}
