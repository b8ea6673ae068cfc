import type { Bilingual, ProcedureBlock } from "@/print";
import { Both } from "./Both";

/** A procedure as table rows: official French title and law beside the plain title, where, when. */
export function ProcedureRows({ procedure, w }: { procedure: ProcedureBlock; w: Bilingual }) {
  const title = procedure.title.own === undefined ? { fr: procedure.frenchTitle } : procedure.title;
  return (
    <>
      <tr>
        <th scope="row">
          <Both words={w("summary:sheet.procedures")} />
        </th>
        <td>
          <Both words={{ ...title, fr: procedure.frenchTitle }} class="sheet__official" />
          <span lang="fr" class="sheet__law">
            {procedure.legal}
            {procedure.toConfirm && ` — ${w("dossier:toConfirm").fr}`}
          </span>
        </td>
      </tr>
      <tr>
        <th scope="row">
          <Both words={w("summary:sheet.where")} />
        </th>
        <td>
          <Both words={procedure.where} />
        </td>
      </tr>
      <tr>
        <th scope="row">
          <Both words={w("summary:sheet.deadline")} />
        </th>
        <td>
          <Both words={procedure.deadline} />
        </td>
      </tr>
    </>
  );
}
