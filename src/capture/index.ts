export { CaptureError, type RefusalReason } from "./CaptureError";
export { CaptureWorkerClient, type WorkerLike } from "./captureWorkerClient";
export type { CleanLook } from "./clean";
export { orderCorners, type Point, type Quad, WHOLE_PHOTO } from "./corners";
export { type CaptureSettings, DEFAULT_CAPTURE_SETTINGS } from "./limits";
export type { Analysis, RenderedPage } from "./messages";
export { analyseFile, type ProcessOptions, processPhoto } from "./processPhoto";
export type { QualityFlag } from "./quality";
