import type { CoverFacts } from "../packetText";

/** A stored page handed to the PDF worker: its bytes and the quarter turn that makes it upright. */
export interface PacketPageInput {
  kind: "jpeg" | "pdf";
  bytes: ArrayBuffer;
  /** Clockwise quarter turn to apply (the page record's rotation). */
  rotation: 0 | 90 | 180 | 270;
  /** Where the page is among the document's stored pages (1-based), to name it in a problem. */
  position: number;
}

/** A numbered piece with its readable pages. */
export interface PacketPieceInput {
  number: number;
  frenchName: string;
  pages: PacketPageInput[];
}

/** Everything the packet is made of; the bytes travel to the worker without a copy. */
export interface PacketInput {
  cover: CoverFacts;
  pieces: PacketPieceInput[];
}

/** A stored page that could not be put in the PDF (damaged photo or PDF). */
export interface PageProblem {
  number: number;
  position: number;
}

/**
 * The finished packet. Made as bytes in the worker, it reaches the page as a Blob (`Bytes` = Blob): a Blob
 * made in the worker crosses without a copy, and a File made of it refers to it, where a File made of
 * bytes copies them on the page (a third of a second for 60 MB, `npm run bench:scale`).
 */
export interface PacketResult<Bytes extends Uint8Array | Blob = Uint8Array> {
  bytes: Bytes;
  pageCount: number;
  /** The bytes of the JPEG pages embedded as they are (to measure the PDF's own weight). */
  jpegBytes: number;
  problems: PageProblem[];
}

/** One document's upload file (as bytes in the worker, as a Blob on the page). */
export interface UploadFile<Bytes extends Uint8Array | Blob = Uint8Array> {
  number: number;
  name: string;
  bytes: Bytes;
  /** "ok" as stored, "smaller" after re-encoding its photos, "tooBig" when even that was not enough. */
  outcome: "ok" | "smaller" | "tooBig";
}

/** Every upload file, and all of them in one zip (as bytes in the worker, as Blobs on the page). */
export interface UploadsResult<Bytes extends Uint8Array | Blob = Uint8Array> {
  files: UploadFile<Bytes>[];
  zip: Bytes;
  problems: PageProblem[];
}

/** What the upload files are made from. */
export interface UploadsInput {
  pieces: PacketPieceInput[];
  limitBytes: number;
}

/** A job for the PDF worker. */
export type PacketRequest = { type: "packet"; input: PacketInput } | { type: "uploads"; input: UploadsInput };

/** Progress, then one final answer, for each job. */
export type PacketReply =
  | { id: number; progress: { done: number; total: number } }
  | { id: number; ok: true; result: PacketResult<Blob> | UploadsResult<Blob> }
  | { id: number; ok: false; message: string };
