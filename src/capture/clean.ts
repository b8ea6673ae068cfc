/**
 * How a page is cleaned: paper colours corrected, a high-contrast black-and-white "scan", or left as
 * photographed (for pictures that are not paper, and to compare plain resizing with other tools).
 */
export type CleanLook = "colour" | "scan" | "none";

/** The level below which `fraction` of a channel's values lie. */
function channelPercentile(data: Uint8ClampedArray, channel: number, fraction: number): number {
  const histogram = new Uint32Array(256);
  // Every 4th pixel is plenty for a histogram and four times faster.
  for (let i = channel; i < data.length; i += 16)
    histogram[data[i] ?? 0] = (histogram[data[i] ?? 0] ?? 0) + 1;
  const total = Math.ceil(data.length / 16);
  let seen = 0;
  for (let level = 0; level < 256; level++) {
    seen += histogram[level] ?? 0;
    if (seen >= total * fraction) return level;
  }
  return 255;
}

/**
 * Auto-contrast and white balance for paper, in place: each channel is stretched so its 1st percentile
 * becomes black and its 97th (the paper) white, which also removes a yellow or blue cast from the light.
 */
export function autoContrast(data: Uint8ClampedArray): void {
  const tables = [0, 1, 2].map((channel) => {
    const low = channelPercentile(data, channel, 0.01);
    const high = Math.max(low + 32, channelPercentile(data, channel, 0.97));
    const table = new Uint8ClampedArray(256);
    for (let v = 0; v < 256; v++) table[v] = ((v - low) * 255) / (high - low);
    return table;
  });
  const [r, g, b] = tables;
  if (!r || !g || !b) return;
  for (let i = 0; i < data.length; i += 4) {
    data[i] = r[data[i] ?? 0] ?? 0;
    data[i + 1] = g[data[i + 1] ?? 0] ?? 0;
    data[i + 2] = b[data[i + 2] ?? 0] ?? 0;
  }
}

/**
 * The black-and-white "scan" look, in place: each pixel is compared with the mean of its neighbourhood
 * (an integral image makes that constant time), so shadows across the page do not turn into black areas
 * (Bradley & Roth, "Adaptive thresholding using the integral image", 2007).
 */
export function scanLook(data: Uint8ClampedArray, width: number, height: number): void {
  const grey = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < grey.length; i++, p += 4) {
    grey[i] = (77 * (data[p] ?? 0) + 150 * (data[p + 1] ?? 0) + 29 * (data[p + 2] ?? 0)) >> 8;
  }
  const integral = new Float64Array((width + 1) * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += grey[y * width + x] ?? 0;
      integral[(y + 1) * (width + 1) + x + 1] = (integral[y * (width + 1) + x + 1] ?? 0) + row;
    }
  }
  const half = Math.max(4, Math.round(Math.max(width, height) / 32));
  for (let y = 0; y < height; y++) {
    const y0 = Math.max(0, y - half);
    const y1 = Math.min(height, y + half + 1);
    for (let x = 0; x < width; x++) {
      const x0 = Math.max(0, x - half);
      const x1 = Math.min(width, x + half + 1);
      const sum =
        (integral[y1 * (width + 1) + x1] ?? 0) -
        (integral[y0 * (width + 1) + x1] ?? 0) -
        (integral[y1 * (width + 1) + x0] ?? 0) +
        (integral[y0 * (width + 1) + x0] ?? 0);
      const mean = sum / ((x1 - x0) * (y1 - y0));
      const value = (grey[y * width + x] ?? 0) < mean * 0.85 ? 0 : 255;
      const p = (y * width + x) * 4;
      data[p] = value;
      data[p + 1] = value;
      data[p + 2] = value;
    }
  }
}
