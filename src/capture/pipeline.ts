import { CaptureError } from "./CaptureError";
import { autoContrast, scanLook } from "./clean";
import { detectCorners, type Quad, WHOLE_PHOTO } from "./corners";
import { fitWithin } from "./fitWithin";
import { straightenedSize, warpPerspective } from "./homography";
import { inspectFile } from "./inspectFile";
import { SMALL_LONG_EDGE } from "./limits";
import type { Analysis, RenderedPage, RenderOptions } from "./messages";
import { assessQuality, toGrey } from "./quality";
import { searchQuality } from "./searchQuality";

// Runs inside the capture worker: OffscreenCanvas and createImageBitmap, never the page's main thread.

const PREVIEW_LONG_EDGE = 1200;
const DETECTION_LONG_EDGE = 320;

/** Decodes a checked image with its EXIF orientation applied (HTML "imageOrientation: from-image"). */
async function decode(file: Blob): Promise<ImageBitmap> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const inspection = inspectFile(bytes);
  if (inspection.kind !== "image") throw new TypeError("Not an image");
  try {
    return await createImageBitmap(file, { imageOrientation: "from-image" });
  } catch {
    throw new CaptureError("damaged");
  }
}

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
function pixels(bitmap: ImageBitmap, width: number, height: number): ImageData {
  const ctx = context(width, height);
  ctx.drawImage(bitmap, 0, 0, width, height);
  return ctx.getImageData(0, 0, width, height);
}

/** Looks at a file: a PDF's page count, or an upright preview of a photo with its corners found. */
export async function analyse(file: Blob): Promise<Analysis> {
  const inspection = inspectFile(new Uint8Array(await file.arrayBuffer()));
  if (inspection.kind === "pdf") return { kind: "pdf", pageCount: inspection.pageCount };
  const bitmap = await decode(file);
  const { width, height } = bitmap;
  const preview = fitWithin(width, height, PREVIEW_LONG_EDGE);
  const ctx = context(preview.width, preview.height);
  ctx.drawImage(bitmap, 0, 0, preview.width, preview.height);
  const small = fitWithin(width, height, DETECTION_LONG_EDGE);
  const smallPixels = pixels(bitmap, small.width, small.height);
  bitmap.close();
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
function straighten(bitmap: ImageBitmap, corners: Quad, maxLongEdge: number): ImageData {
  const { width, height } = bitmap;
  if (isWholePhoto(corners)) {
    const size = fitWithin(width, height, maxLongEdge);
    return pixels(bitmap, size.width, size.height);
  }
  const sourceCorners = corners.map((p) => ({ x: p.x * width, y: p.y * height }));
  const natural = straightenedSize(sourceCorners);
  const out = fitWithin(natural.width, natural.height, maxLongEdge);
  // Sample from a copy just above the output's resolution: sharper than bilinear from the full photo.
  const factor = Math.min(1, out.scale * 1.25);
  const work = pixels(bitmap, Math.round(width * factor), Math.round(height * factor));
  const warped = warpPerspective(
    { data: work.data, width: work.width, height: work.height },
    sourceCorners.map((p) => ({ x: p.x * factor, y: p.y * factor })),
    out.width,
    out.height,
  );
  return new ImageData(warped, out.width, out.height);
}

/** Turns a photo into a page: straighten, clean, check, then encode under the byte target. */
export async function render(file: Blob, options: RenderOptions): Promise<RenderedPage> {
  const bitmap = await decode(file);
  const sourceLongEdge = Math.max(bitmap.width, bitmap.height);
  const image = straighten(bitmap, options.corners, options.settings.maxLongEdge);
  bitmap.close();
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
