import { type Bilingual, STATUS_SYMBOL, type Summary } from "@/print";
import { BlankLine, Both } from "./Both";
import { ProcedureRows } from "./ProcedureRows";

const NOTE_LINES = 7;

/** The summary sheet as printed: who, procedure, numbered documents with status, missing, dates, notes. */
export function SummarySheet({ summary, w }: { summary: Summary; w: Bilingual }) {
  return (
    <article class="paper sheet" lang="fr" dir="ltr" aria-labelledby="sheet-title">
      <div class="sheet__head">
        <Both as="h2" id="sheet-title" words={w("summary:sheet.title")} />
        <Both as="p" class="sheet__meta" words={summary.printedOn} />
        <Both as="p" class="sheet__meta" words={summary.verifiedOn} />
      </div>

      <Both as="h3" words={w("summary:sheet.person")} />
      <table class="sheet__table sheet__facts">
        <tbody>
          {summary.identity.map((field) => (
            <tr key={field.label.fr}>
              <th scope="row">
                <Both words={field.label} />
              </th>
              <td>{field.value === undefined ? <BlankLine /> : <bdi>{field.value}</bdi>}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {summary.procedures.map((procedure) => (
        <table key={procedure.id} class="sheet__table sheet__facts">
          <tbody>
            <ProcedureRows procedure={procedure} w={w} />
          </tbody>
        </table>
      ))}

      <Both as="h3" words={w("summary:sheet.documents")} />
      <Both as="p" class="sheet__meta" words={summary.progress} />
      <table class="sheet__table sheet__documents">
        <thead>
          <tr>
            <th scope="col" class="sheet__number">
              {w("summary:sheet.number").fr}
            </th>
            <th scope="col">
              <Both words={w("summary:sheet.document")} />
            </th>
            <th scope="col" class="sheet__status">
              <Both words={w("summary:sheet.status")} />
            </th>
          </tr>
        </thead>
        {summary.groups.map((group) => (
          <tbody key={group.group}>
            <tr class="sheet__group">
              <th scope="colgroup" colSpan={3}>
                <Both words={group.title} />
              </th>
            </tr>
            {group.documents.map((document) => (
              <tr key={document.documentId} data-status={document.status}>
                <td class="sheet__number">{document.number}</td>
                <td>
                  <Both words={{ ...document.name, fr: document.frenchName }} class="sheet__official" />
                  {document.oneOf && <Both words={document.oneOf} class="sheet__note" />}
                </td>
                <td class="sheet__status">
                  <span class="sheet__status-line">
                    <span class="sheet__symbol" aria-hidden="true">
                      {STATUS_SYMBOL[document.status]}
                    </span>
                    <Both words={document.statusWord} />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>

      <section class="sheet__box" aria-labelledby="sheet-missing">
        <Both as="h3" id="sheet-missing" words={w("summary:sheet.missing")} />
        {summary.missing.length === 0 ? (
          <Both as="p" words={w("summary:sheet.missingNone")} />
        ) : (
          <ul class="sheet__missing">
            {summary.missing.map((unit) => (
              <li key={unit.numbers.join("-")}>
                <span class="sheet__number">{unit.numbers.join(", ")}</span>
                <Both
                  words={{
                    fr: unit.frenchNames.join(" / "),
                    ...(unit.names[0]?.own !== undefined
                      ? { own: unit.names.map((n) => n.own ?? n.fr).join(" / ") }
                      : {}),
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <Both as="h3" words={w("summary:sheet.dates")} />
      {summary.next && (
        <p class="sheet__next">
          <Both words={w("summary:sheet.next")} class="sheet__label" />
          <Both words={summary.next} />
        </p>
      )}
      {summary.dates.length === 0 ? (
        <Both as="p" words={w("summary:sheet.datesNone")} />
      ) : (
        <table class="sheet__table sheet__facts sheet__dates">
          <tbody>
            {summary.dates.map((row) => (
              <tr key={`${row.date}-${row.label.fr}`}>
                <th scope="row">
                  <Both words={row.label} />
                </th>
                <td>
                  <bdi dir="ltr">{row.date}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <section class="sheet__notes" aria-labelledby="sheet-notes">
        <Both as="h3" id="sheet-notes" words={w("summary:sheet.notes")} />
        {Array.from({ length: NOTE_LINES }, (_, i) => (
          <div key={i} class="sheet__rule" />
        ))}
      </section>

      <Both as="p" class="sheet__foot" words={w("summary:sheet.footer")} />
    </article>
  );
}
