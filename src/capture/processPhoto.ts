import { CaptureWorkerClient } from "./captureWorkerClient";
import type { CleanLook } from "./clean";
import type { Quad } from "./corners";
import { type CaptureSettings, DEFAULT_CAPTURE_SETTINGS } from "./limits";
import type { Analysis, RenderedPage } from "./messages";

let client: CaptureWorkerClient | undefined;

/** The one capture worker of the page, started on first use. */
function sharedClient(): CaptureWorkerClient {
  client ??= new CaptureWorkerClient(
    () => new Worker(new URL("./capture.worker.ts", import.meta.url), { type: "module", name: "capture" }),
  );
  return client;
}

/** Looks at a chosen file off the main thread: a PDF's page count, or a photo's preview and corners. */
export async function analyseFile(file: Blob, { signal }: { signal?: AbortSignal } = {}): Promise<Analysis> {
  const result = await sharedClient().run({ type: "analyse", file }, signal);
  if ("page" in result) throw new TypeError("Unexpected reply from the capture worker");
  return result;
}

/** How the person wants the page: corners, clean-up look, and optionally other size targets. */
export interface ProcessOptions {
  corners: Quad;
  look: CleanLook;
  settings?: Partial<CaptureSettings>;
  signal?: AbortSignal;
}

/**
 * Turns a photo into a stored-size page off the main thread: upright, straightened, cleaned, checked and
 * encoded as JPEG under the byte target, with a thumbnail. The caller stores the result.
 */
export async function processPhoto(file: Blob, options: ProcessOptions): Promise<RenderedPage> {
  const settings = { ...DEFAULT_CAPTURE_SETTINGS, ...options.settings };
  const result = await sharedClient().run(
    { type: "render", file, options: { corners: options.corners, look: options.look, settings } },
    options.signal,
  );
  if (!("page" in result)) throw new TypeError("Unexpected reply from the capture worker");
  return result;
}
