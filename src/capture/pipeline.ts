import { CaptureError } from "./CaptureError";
import { autoContrast, scanLook } from "./clean";
import { detectCorners, type Quad, WHOLE_PHOTO } from "./corners";
import { decodeUpright, type UprightImage } from "./decodeUpright";
import { fitWithin } from "./fitWithin";
import { straightenedSize, warpPerspective } from "./homography";
import { orientedSize } from "./imageHeader";
import { inspectFile } from "./inspectFile";
import { SMALL_LONG_EDGE } from "./limits";
import type { Analysis, RenderedPage, RenderOptions } from "./messages";
import { assessQuality, toGrey } from "./quality";
import { searchQuality } from "./searchQuality";

// Runs inside the capture worker: OffscreenCanvas and createImageBitmap, never the page's main thread.

const PREVIEW_LONG_EDGE = 1200;
const DETECTION_LONG_EDGE = 320;

/** A 2D context of a fresh OffscreenCanvas, or an error where the browser has none. */
function context(width: number, height: number): OffscreenCanvasRenderingContext2D {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  if (!ctx) throw new Error("No 2D canvas");
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = "high";
  return ctx;
}

/** The pixels of a bitmap drawn at a given size. */
function pixels(image: UprightImage, width: number, height: number): ImageData {
  // A scaled decode often has the exact size already: read it without another copy.
  if (image.source instanceof OffscreenCanvas && image.width === width && image.height === height) {
    const own = image.source.getContext("2d");
    if (own) return own.getImageData(0, 0, width, height);
  }
  const ctx = context(width, height);
  ctx.drawImage(image.source, 0, 0, width, height);
  return ctx.getImageData(0, 0, width, height);
}

/** Looks at a file: a PDF's page count, or an upright preview of a photo with its corners found. */
export async function analyse(file: Blob): Promise<Analysis> {
  const inspection = inspectFile(new Uint8Array(await file.arrayBuffer()));
  if (inspection.kind === "pdf") return { kind: "pdf", pageCount: inspection.pageCount };
  const upright = orientedSize(inspection.header);
  const image = await decodeUpright(file, inspection.type, inspection.header, PREVIEW_LONG_EDGE);
  const preview = fitWithin(image.width, image.height, PREVIEW_LONG_EDGE);
  const ctx = context(preview.width, preview.height);
  ctx.drawImage(image.source, 0, 0, preview.width, preview.height);
  const small = fitWithin(image.width, image.height, DETECTION_LONG_EDGE);
  const smallPixels = pixels(image, small.width, small.height);
  image.close();
  const { width, height } = upright;
  const found = detectCorners(toGrey(smallPixels.data, small.width, small.height));
  const blob = await ctx.canvas.convertToBlob({ type: "image/jpeg", quality: 0.8 });
  return {
    kind: "image",
    preview: blob,
    width,
    height,
    corners: found ?? WHOLE_PHOTO,
    detected: Boolean(found),
  };
}

/** True when the corners are (almost) the photo's own edges: no straightening needed. */
function isWholePhoto(corners: Quad): boolean {
  return corners.every((p, i) => {
    const whole = WHOLE_PHOTO[i] ?? p;
    return Math.abs(p.x - whole.x) < 0.002 && Math.abs(p.y - whole.y) < 0.002;
  });
}

/** The straightened (or simply resized) page pixels, at most `maxLongEdge` long. */
async function straighten(
  file: Blob,
  corners: Quad,
  maxLongEdge: number,
): Promise<{ image: ImageData; sourceLongEdge: number }> {
  const inspection = inspectFile(new Uint8Array(await file.arrayBuffer()));
  if (inspection.kind !== "image") throw new CaptureError("unsupported");
  const { width, height } = orientedSize(inspection.header);
  const sourceLongEdge = Math.max(width, height);
  if (isWholePhoto(corners)) {
    const size = fitWithin(width, height, maxLongEdge);
    const decoded = await decodeUpright(
      file,
      inspection.type,
      inspection.header,
      Math.max(size.width, size.height),
    );
    const image = pixels(decoded, size.width, size.height);
    decoded.close();
    return { image, sourceLongEdge };
  }
  const natural = straightenedSize(corners.map((p) => ({ x: p.x * width, y: p.y * height })));
  const out = fitWithin(natural.width, natural.height, maxLongEdge);
  // Sample from a copy just above the output's resolution: sharper than bilinear from the full photo.
  const factor = Math.min(1, out.scale * 1.25);
  const decoded = await decodeUpright(
    file,
    inspection.type,
    inspection.header,
    Math.ceil(sourceLongEdge * factor),
  );
  const work = pixels(decoded, Math.round(width * factor), Math.round(height * factor));
  decoded.close();
  const warped = warpPerspective(
    { data: work.data, width: work.width, height: work.height },
    corners.map((p) => ({ x: p.x * work.width, y: p.y * work.height })),
    out.width,
    out.height,
  );
  return { image: new ImageData(warped, out.width, out.height), sourceLongEdge };
}

/** Turns a photo into a page: straighten, clean, check, then encode under the byte target. */
export async function render(file: Blob, options: RenderOptions): Promise<RenderedPage> {
  const { image, sourceLongEdge } = await straighten(file, options.corners, options.settings.maxLongEdge);
  const before = toGrey(image.data, image.width, image.height);
  if (options.look !== "none") autoContrast(image.data);
  if (options.look === "scan") scanLook(image.data, image.width, image.height);
  const after = toGrey(image.data, image.width, image.height);
  const flags = assessQuality(before, after, sourceLongEdge, SMALL_LONG_EDGE);
  return encodePage(image, options.settings.targetBytes, options.settings.thumbnailLongEdge, flags);
}

/** Encodes under the byte target, shrinking the page a little when even the lowest quality is too big. */
async function encodePage(
  image: ImageData,
  targetBytes: number,
  thumbnailLongEdge: number,
  flags: RenderedPage["flags"],
): Promise<RenderedPage> {
  const full = context(image.width, image.height);
  full.putImageData(image, 0, 0);
  let canvas: OffscreenCanvas = full.canvas;
  for (let attempt = 0; ; attempt++) {
    const target = canvas;
    const found = await searchQuality(
      (quality) => target.convertToBlob({ type: "image/jpeg", quality }),
      targetBytes,
    );
    if (!found.overTarget || attempt === 2) {
      const thumbSize = fitWithin(target.width, target.height, thumbnailLongEdge);
      const thumb = context(thumbSize.width, thumbSize.height);
      thumb.drawImage(target, 0, 0, thumbSize.width, thumbSize.height);
      const thumbnail = await thumb.canvas.convertToBlob({ type: "image/jpeg", quality: 0.75 });
      return {
        page: found.output,
        thumbnail,
        width: target.width,
        height: target.height,
        quality: found.quality,
        flags,
      };
    }
    const smaller = context(Math.round(target.width * 0.8), Math.round(target.height * 0.8));
    smaller.drawImage(target, 0, 0, smaller.canvas.width, smaller.canvas.height);
    canvas = smaller.canvas;
  }
}
