/** Settings of the capture pipeline; callers may change the size and byte targets. */
export interface CaptureSettings {
  /** Long edge of a stored page, in pixels (about 2000 px keeps A4 text readable when printed). */
  maxLongEdge: number;
  /** Byte target of a stored page: many upload forms refuse larger files. */
  targetBytes: number;
  /** Long edge of the thumbnail. */
  thumbnailLongEdge: number;
}

/** The defaults of the issue: about 2000 px, under 350 kB. */
export const DEFAULT_CAPTURE_SETTINGS: CaptureSettings = {
  maxLongEdge: 2000,
  targetBytes: 350_000,
  thumbnailLongEdge: 240,
};

/** Files above this size are refused before reading them (phone photos are 2–12 MB; PDFs for upload less). */
export const MAX_FILE_BYTES = 40 * 1024 * 1024;

/**
 * Images above this many pixels are refused from their header, before decoding: 64 MP covers every
 * phone camera's normal mode, while a 20000×20000 "bomb" (400 MP, 1.6 GB of pixels) would crash the tab.
 */
export const MAX_PIXELS = 64_000_000;

/** Below this long edge a page is probably unreadable once printed on A4. */
export const SMALL_LONG_EDGE = 1000;
