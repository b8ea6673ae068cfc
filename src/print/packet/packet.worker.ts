import type { PacketReply, PacketRequest } from "./messages";
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

/** The buffers of a result, moved to the page without a copy. */
function transferables(reply: PacketReply): Transferable[] {
  if (!("ok" in reply) || !reply.ok) return [];
  const views =
    "zip" in reply.result
      ? [reply.result.zip, ...reply.result.files.map((f) => f.bytes)]
      : [reply.result.bytes];
  return [...new Set(views.flatMap((view) => (view.buffer instanceof ArrayBuffer ? [view.buffer] : [])))];
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
      const reply: PacketReply = { id, ok: true, result };
      postMessage(reply, { transfer: transferables(reply) });
    },
    (error: unknown) =>
      postMessage({
        id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies PacketReply),
  );
});
