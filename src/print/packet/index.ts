import type { PacketInput, PacketPieceInput, PacketResult, UploadsResult } from "./messages";
import { PacketWorkerClient } from "./packetWorkerClient";

export type {
  PacketInput,
  PacketPageInput,
  PacketPieceInput,
  PacketResult,
  PageProblem,
  UploadFile,
  UploadsResult,
} from "./messages";

let client: PacketWorkerClient | undefined;

/** The one PDF worker of the page, started on first use. */
function sharedClient(): PacketWorkerClient {
  client ??= new PacketWorkerClient(
    () => new Worker(new URL("./packet.worker.ts", import.meta.url), { type: "module", name: "packet" }),
  );
  return client;
}

/** The stored bytes of every page, moved to the worker. */
const buffersOf = (pieces: readonly PacketPieceInput[]) =>
  pieces.flatMap((p) => p.pages.map((page) => page.bytes));

/** Options of a PDF job. */
export interface JobOptions {
  signal?: AbortSignal | undefined;
  onProgress?: (done: number, total: number) => void;
}

/** Builds the whole packet off the main thread; rejects with an AbortError when cancelled. */
export async function buildPacket(input: PacketInput, options: JobOptions = {}): Promise<PacketResult<Blob>> {
  const result = await sharedClient().run({ type: "packet", input }, buffersOf(input.pieces), options);
  if ("zip" in result) throw new TypeError("Unexpected reply from the PDF worker");
  return result;
}

/** Builds one PDF per document under `limitBytes`, and their zip, off the main thread. */
export async function buildUploads(
  pieces: PacketPieceInput[],
  limitBytes: number,
  options: JobOptions = {},
): Promise<UploadsResult<Blob>> {
  const result = await sharedClient().run(
    { type: "uploads", input: { pieces, limitBytes } },
    buffersOf(pieces),
    options,
  );
  if (!("zip" in result)) throw new TypeError("Unexpected reply from the PDF worker");
  return result;
}
