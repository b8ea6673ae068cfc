export { type Bilingual, bilingual, type Words } from "./bilingual";
export { type BordereauEntry, bordereauFor } from "./bordereauFor";
export { type BlankChecklist, type BlankRow, buildBlankChecklist } from "./buildBlankChecklist";
export { buildCalendar, type CalendarItem } from "./buildCalendar";
export { BLANK, buildLetter, type Letter, type LetterInput, type LetterKind } from "./buildLetter";
export {
  buildSummary,
  STATUS_SYMBOL,
  type Summary,
  type SummaryDate,
  type SummaryDocument,
  type SummaryField,
  type SummaryInput,
  type SummaryMissing,
} from "./buildSummary";
export { deadlineWording, type Wording } from "./deadlineWording";
export type {
  PacketPageInput,
  PacketPieceInput,
  PacketResult,
  PageProblem,
  UploadFile,
  UploadsResult,
} from "./packet/messages";
export { type CoverFacts, pdfText } from "./packetText";
export { pieceLabel } from "./pieceLabel";
export type { ProcedureBlock } from "./procedureBlock";
export type { Translate } from "./translate";
export { uploadFileName } from "./uploadFileName";
export { DEFAULT_UPLOAD_LIMIT, UPLOAD_LIMITS } from "./uploadLimits";

/** The PDF packet and upload files (pdf-lib, in a worker), loaded only by the screen that makes them. */
export const loadPacket = () => import("./packet");
