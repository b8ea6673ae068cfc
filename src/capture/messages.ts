import type { RefusalReason } from "./CaptureError";
import type { CleanLook } from "./clean";
import type { Quad } from "./corners";
import type { CaptureSettings } from "./limits";
import type { QualityFlag } from "./quality";

/** A file looked at: a PDF kept as it is, or a photo ready for the corner step. */
export type Analysis =
  | { kind: "pdf"; pageCount: number }
  | {
      kind: "image";
      /** A small upright copy to place the corners on. */
      preview: Blob;
      width: number;
      height: number;
      /** Corners found automatically, or the whole photo when none stood out. */
      corners: Quad;
      detected: boolean;
    };

/** How to turn a photo into a page. */
export interface RenderOptions {
  corners: Quad;
  look: CleanLook;
  settings: CaptureSettings;
}

/** A finished page, ready to store. */
export interface RenderedPage {
  page: Blob;
  thumbnail: Blob;
  width: number;
  height: number;
  /** The JPEG quality the search settled on. */
  quality: number;
  flags: QualityFlag[];
}

/** A job for the capture worker. */
export type CaptureRequest =
  | { type: "analyse"; file: Blob }
  | { type: "render"; file: Blob; options: RenderOptions };

/** The worker's answer to one job. */
export type WorkerReply =
  | { id: number; ok: true; result: Analysis | RenderedPage }
  | { id: number; ok: false; reason: RefusalReason | "failed"; message?: string };
