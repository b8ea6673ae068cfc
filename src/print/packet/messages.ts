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

/** The finished packet. */
export interface PacketResult {
  bytes: Uint8Array;
  pageCount: number;
  /** The bytes of the JPEG pages embedded as they are (to measure the PDF's own weight). */
  jpegBytes: number;
  problems: PageProblem[];
}

/** One document's upload file. */
export interface UploadFile {
  number: number;
  name: string;
  bytes: Uint8Array;
  /** "ok" as stored, "smaller" after re-encoding its photos, "tooBig" when even that was not enough. */
  outcome: "ok" | "smaller" | "tooBig";
}

/** Every upload file, and all of them in one zip. */
export interface UploadsResult {
  files: UploadFile[];
  zip: Uint8Array;
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
  | { id: number; ok: true; result: PacketResult | UploadsResult }
  | { id: number; ok: false; message: string };
