import type { Bilingual, BlankChecklist } from "@/print";
import { BlankLine, Both } from "./Both";
import { ProcedureRows } from "./ProcedureRows";

/** A procedure's document list with empty boxes to tick by hand, and lines for a name and a date. */
export function BlankSheet({ sheet, w }: { sheet: BlankChecklist; w: Bilingual }) {
  return (
    <article class="paper sheet" lang="fr" dir="ltr" aria-labelledby="sheet-title">
      <div class="sheet__head">
        <Both as="h2" id="sheet-title" words={w("summary:desk.sheetTitle")} />
        <Both as="p" class="sheet__meta" words={sheet.verifiedOn} />
      </div>
      <table class="sheet__table sheet__facts">
        <tbody>
          <tr>
            <th scope="row">
              <Both words={w("summary:desk.name")} />
            </th>
            <td>
              <BlankLine />
            </td>
          </tr>
          <tr>
            <th scope="row">
              <Both words={w("summary:desk.date")} />
            </th>
            <td>
              <BlankLine />
            </td>
          </tr>
          <ProcedureRows procedure={sheet.procedure} w={w} />
        </tbody>
      </table>
      <Both as="p" class="sheet__meta" words={w("summary:desk.tick")} />
      <table class="sheet__table sheet__documents">
        <thead>
          <tr>
            <th scope="col" class="sheet__number">
              {w("summary:sheet.number").fr}
            </th>
            <th scope="col" class="sheet__tick">
              <span class="visually-hidden">{w("summary:desk.tick").fr}</span>
            </th>
            <th scope="col">
              <Both words={w("summary:sheet.document")} />
            </th>
          </tr>
        </thead>
        {sheet.groups.map((group) => (
          <tbody key={group.group}>
            <tr class="sheet__group">
              <th scope="colgroup" colSpan={3}>
                <Both words={group.title} />
              </th>
            </tr>
            {group.rows.map((row) => (
              <tr key={row.documentId}>
                <td class="sheet__number">{row.number}</td>
                <td class="sheet__tick">
                  <span class="sheet__box-to-tick" />
                </td>
                <td>
                  <Both words={{ ...row.name, fr: row.frenchName }} class="sheet__official" />
                  {row.when && group.group !== "always" && <Both words={row.when} class="sheet__note" />}
                  {row.oneOf && <Both words={row.oneOf} class="sheet__note" />}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <section class="sheet__notes" aria-labelledby="sheet-notes">
        <Both as="h3" id="sheet-notes" words={w("summary:sheet.notes")} />
        {[1, 2, 3, 4].map((i) => (
          <div key={i} class="sheet__rule" />
        ))}
      </section>
      <Both as="p" class="sheet__foot" words={w("summary:sheet.footer")} />
    </article>
  );
}
