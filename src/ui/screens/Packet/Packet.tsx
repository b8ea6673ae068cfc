import { catalogue } from "@/catalogue";
import { checklistFor } from "@/domain";
import { useT } from "@/i18n";
import { todayOf } from "@/lib/calendarDate";
import { formatAdminDate } from "@/lib/formatAdminDate";
import { BLANK, bordereauFor, type CoverFacts, loadPacket, type PacketResult, pdfText } from "@/print";
import { getIdentity, loadAnswers, loadDocumentStatuses } from "@/storage";
import { BigButton, Screen } from "@/ui/components";
import { useFocusAfterStep } from "@/ui/hooks/useFocusAfterStep";
import { useLiveQuery } from "@/ui/hooks/useLiveQuery";
import { Icon } from "@/ui/icons";
import { JobProgress } from "./JobProgress";
import { PieceList } from "./PieceList";
import { Problems } from "./Problems";
import { countPages, readPieces } from "./readPieces";
import { SaveOrShare } from "./SaveOrShare";
import { UploadFiles } from "./UploadFiles";
import { useJob } from "./useJob";

/** The dossier as the packet needs it: the numbered ready documents, their pages, the cover's facts. */
async function loadDossier() {
  const { procedures, items } = checklistFor(await loadAnswers(), catalogue, new Date());
  const bordereau = bordereauFor(items, await loadDocumentStatuses());
  const me = await getIdentity();
  const name = [me.surname?.toUpperCase(), me.givenNames].filter(Boolean).join(" ");
  const cover: CoverFacts = {
    name,
    birthDate: me.birthDate ? formatAdminDate(me.birthDate) : undefined,
    nationality: me.nationality,
    foreignerNumber: me.foreignerNumber,
    procedures: procedures.map((m) => m.procedure.frenchTitle),
    date: formatAdminDate(todayOf(new Date())),
  };
  const typed = [name, me.nationality, me.foreignerNumber].filter((v) => v?.trim());
  return {
    bordereau,
    cover,
    pages: await countPages(bordereau),
    blanks: typed.length < 3 || !me.birthDate,
    unwritable: typed.some((value) => pdfText(value) === BLANK),
  };
}

/**
 * The whole file on paper: the ready documents as one French PDF (cover page, bordereau, every page
 * labelled) and as one file per document for upload forms. Built off the main thread, cancellable.
 */
export function Packet() {
  const { t } = useT();
  const dossier = useLiveQuery(loadDossier, [], (c) => c.store === "records" || c.store === "files");
  const job = useJob<PacketResult<Blob> & { readProblems: PacketResult["problems"] }>();
  useFocusAfterStep(job.state.status);
  const title = t("packet:screen.title");
  if (dossier.status !== "ready")
    return (
      <Screen title={title} back="/checklist" here="/packet">
        {null}
      </Screen>
    );
  const { bordereau, cover, pages, blanks, unwritable } = dossier.value;
  if (bordereau.length === 0)
    return (
      <Screen title={title} back="/checklist" here="/packet">
        <p data-listen>{t("packet:screen.noneReady")}</p>
        <BigButton icon="list-check" href="/checklist" variant="primary" block>
          {t("packet:screen.openChecklist")}
        </BigButton>
      </Screen>
    );
  const build = () =>
    job.start(async (signal, progress) => {
      const read = await readPieces(bordereau, signal, progress);
      const { buildPacket } = await loadPacket();
      const result = await buildPacket({ cover, pieces: read.pieces }, { signal, onProgress: progress });
      return { ...result, readProblems: read.problems };
    });
  const total = pages.reduce((sum, n) => sum + n, 0);
  return (
    <Screen title={title} back="/checklist" here="/packet">
      <p data-listen>{t("packet:screen.intro")}</p>
      <p class="fact" data-listen>
        <Icon name="language" /> <span>{t("packet:screen.french")}</span>
      </p>
      <dl class="packet-counts">
        <div>
          <dt>{t("packet:screen.pieces")}</dt>
          <dd>{bordereau.length}</dd>
        </div>
        <div>
          <dt>{t("packet:screen.pages")}</dt>
          <dd>{total}</dd>
        </div>
      </dl>
      {unwritable && (
        <p class="banner" data-tone="warn">
          <Icon name="alert-triangle" /> {t("packet:screen.blankScript")}
        </p>
      )}
      {blanks && (
        <p class="fact">
          <Icon name="info-circle" /> <span>{t("packet:screen.blanks")}</span>
        </p>
      )}
      <section class="card stack" aria-labelledby="packet-build">
        <h2 id="packet-build">
          <Icon name="file-type-pdf" /> {title}
        </h2>
        {job.state.status !== "working" && (
          <BigButton icon="file-type-pdf" variant="primary" onClick={() => void build()}>
            {t("packet:build.packet")}
          </BigButton>
        )}
        <JobProgress state={job.state} onCancel={job.cancel} />
        {job.state.status === "done" && (
          <>
            <p role="status">
              <Icon name="check" /> {t("packet:build.ready")}{" "}
              {t("packet:screen.pageCount", { number: job.state.result.pageCount })}
            </p>
            <Problems
              problems={[...job.state.result.readProblems, ...job.state.result.problems]}
              bordereau={bordereau}
            />
            <SaveOrShare
              blob={job.state.result.bytes}
              name="dossier-titre-de-sejour.pdf"
              type="application/pdf"
              saveLabel={t("packet:build.download")}
              shareLabel={t("packet:build.share")}
              primary
            />
          </>
        )}
      </section>
      <UploadFiles bordereau={bordereau} />
      <PieceList bordereau={bordereau} pages={pages} />
      <BigButton icon="mail" href="/letters/coverLetter" variant="quiet" block>
        {t("packet:screen.letter")}
      </BigButton>
    </Screen>
  );
}
