import type { PacketReply, PacketRequest, PacketResult, UploadsResult } from "./messages";
import { renderPacket } from "./renderPacket";
import { renderUploads } from "./renderUploads";

// The PDF worker: builds the packet and the upload files off the main thread, so the screen never freezes.

/** Re-encodes a JPEG smaller with OffscreenCanvas (the photo is already upright and straightened). */
async function reencode(jpeg: ArrayBuffer, scale: number, quality: number): Promise<ArrayBuffer> {
  const bitmap = await createImageBitmap(new Blob([jpeg], { type: "image/jpeg" }));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("No 2D canvas in this browser");
  context.imageSmoothingQuality = "high";
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await canvas.convertToBlob({ type: "image/jpeg", quality });
  return blob.arrayBuffer();
}

/** Bytes made here as a Blob for the page: the copy into it happens in the worker, not on the screen. */
const blobOf = (bytes: Uint8Array, type: string) => new Blob([bytes as Uint8Array<ArrayBuffer>], { type });

/** A result with its files as Blobs, ready to save or share. */
function delivered(result: PacketResult | UploadsResult): PacketResult<Blob> | UploadsResult<Blob> {
  if (!("zip" in result)) return { ...result, bytes: blobOf(result.bytes, "application/pdf") };
  return {
    ...result,
    files: result.files.map((file) => ({ ...file, bytes: blobOf(file.bytes, "application/pdf") })),
    zip: blobOf(result.zip, "application/zip"),
  };
}

addEventListener("message", (event: MessageEvent<{ id: number; request: PacketRequest }>) => {
  const { id, request } = event.data;
  const progress = (done: number, total: number) =>
    postMessage({ id, progress: { done, total } } satisfies PacketReply);
  const job =
    request.type === "packet"
      ? renderPacket(request.input, progress)
      : renderUploads(request.input, reencode, progress);
  void job.then(
    (result) => {
      postMessage({ id, ok: true, result: delivered(result) } satisfies PacketReply);
    },
    (error: unknown) =>
      postMessage({
        id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies PacketReply),
  );
});
