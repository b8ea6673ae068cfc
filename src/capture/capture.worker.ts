import { CaptureError } from "./CaptureError";
import type { CaptureRequest, WorkerReply } from "./messages";
import { analyse, render } from "./pipeline";

// The capture worker: decodes, straightens, cleans and encodes off the main thread, one job at a time.

/** Runs one job and turns any failure into a reason the page can explain. */
async function run(id: number, request: CaptureRequest): Promise<WorkerReply> {
  try {
    const result =
      request.type === "analyse" ? await analyse(request.file) : await render(request.file, request.options);
    return { id, ok: true, result };
  } catch (error) {
    if (error instanceof CaptureError) return { id, ok: false, reason: error.reason };
    return {
      id,
      ok: false,
      reason: "failed",
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

addEventListener("message", (event: MessageEvent<{ id: number; request: CaptureRequest }>) => {
  const { id, request } = event.data;
  void run(id, request).then((reply) => postMessage(reply, { transfer: [] }));
});
