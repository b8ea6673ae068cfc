import { describe, expect, it } from "vitest";
import { detectCorners, orderCorners, quadArea, WHOLE_PHOTO } from "./corners";
import { fitWithin } from "./fitWithin";
import { applyHomography, homographyFromPoints, straightenedSize, warpPerspective } from "./homography";
import type { GreyImage } from "./quality";

/** A dark table with a bright sheet whose corners are given (pixels), drawn by point-in-polygon. */
function sheetOnTable(width: number, height: number, corners: Array<[number, number]>): GreyImage {
  const data = new Uint8Array(width * height).fill(60);
  const inside = (x: number, y: number) => {
    let odd = false;
    for (let i = 0, j = corners.length - 1; i < corners.length; j = i++) {
      const [xi, yi] = corners[i] ?? [0, 0];
      const [xj, yj] = corners[j] ?? [0, 0];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
    return odd;
  };
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) if (inside(x + 0.5, y + 0.5)) data[y * width + x] = 230;
  return { width, height, data };
}

describe("fitWithin", () => {
  it("brings a 12-megapixel photo to a 2000 px long edge and never enlarges", () => {
    expect(fitWithin(4000, 3000, 2000)).toEqual({ width: 2000, height: 1500, scale: 0.5 });
    expect(fitWithin(3000, 4000, 2000)).toMatchObject({ width: 1500, height: 2000 });
    expect(fitWithin(800, 600, 2000)).toEqual({ width: 800, height: 600, scale: 1 });
  });
});

describe("corners", () => {
  it("orders four corners whatever order they came in", () => {
    const tl = { x: 0.1, y: 0.12 };
    const tr = { x: 0.9, y: 0.08 };
    const br = { x: 0.85, y: 0.95 };
    const bl = { x: 0.12, y: 0.9 };
    expect(orderCorners([br, tl, bl, tr])).toEqual([tl, tr, br, bl]);
    expect(orderCorners([bl, br, tr, tl])).toEqual([tl, tr, br, bl]);
    expect(() => orderCorners([tl, tr, br])).toThrow(RangeError);
  });

  it("finds a slightly turned sheet on a table", () => {
    const image = sheetOnTable(200, 150, [
      [30, 20],
      [170, 28],
      [162, 135],
      [24, 126],
    ]);
    const quad = detectCorners(image);
    expect(quad).toBeDefined();
    const expected = [
      [30, 20],
      [170, 28],
      [162, 135],
      [24, 126],
    ];
    quad?.forEach((p, i) => {
      expect(Math.abs(p.x * 200 - (expected[i]?.[0] ?? 0))).toBeLessThan(3);
      expect(Math.abs(p.y * 150 - (expected[i]?.[1] ?? 0))).toBeLessThan(3);
    });
  });

  it("gives up when no sheet stands out, so the person places the corners", () => {
    expect(detectCorners({ width: 50, height: 40, data: new Uint8Array(2000).fill(200) })).toBeUndefined();
    expect(
      detectCorners(
        sheetOnTable(100, 100, [
          [40, 40],
          [50, 40],
          [50, 50],
          [40, 50],
        ]),
      ),
    ).toBeUndefined();
    expect(quadArea(WHOLE_PHOTO)).toBe(1);
  });
});

describe("homography", () => {
  const quad = [
    { x: 12, y: 8 },
    { x: 90, y: 15 },
    { x: 85, y: 70 },
    { x: 5, y: 60 },
  ];
  const square = [
    { x: 0, y: 0 },
    { x: 100, y: 0 },
    { x: 100, y: 100 },
    { x: 0, y: 100 },
  ];

  it("maps each corner onto its target, and straight lines stay straight", () => {
    const h = homographyFromPoints(quad, square);
    quad.forEach((p, i) => {
      const q = applyHomography(h, p);
      expect(q.x).toBeCloseTo(square[i]?.x ?? 0, 6);
      expect(q.y).toBeCloseTo(square[i]?.y ?? 0, 6);
    });
    const mid = applyHomography(h, { x: (12 + 90) / 2, y: (8 + 15) / 2 });
    expect(mid.y).toBeCloseTo(0, 6);
  });

  it("refuses three corners on one line", () => {
    expect(() =>
      homographyFromPoints(
        [square[0], square[1], { x: 200, y: 0 }, square[3]].map((p) => p ?? { x: 0, y: 0 }),
        square,
      ),
    ).toThrow(RangeError);
  });

  it("sizes the page from its longest sides", () => {
    expect(straightenedSize(square)).toEqual({ width: 100, height: 100 });
    expect(
      straightenedSize([
        { x: 0, y: 0 },
        { x: 30, y: 40 },
        { x: 30, y: 140 },
        { x: 0, y: 100 },
      ]),
    ).toEqual({ width: 50, height: 100 });
  });

  it("straightens a tilted sheet into a clean rectangle", () => {
    const w = 120;
    const h = 90;
    const grey = sheetOnTable(w, h, [
      [20, 10],
      [100, 18],
      [96, 80],
      [14, 72],
    ]);
    const rgba = new Uint8ClampedArray(w * h * 4);
    grey.data.forEach((v, i) => {
      rgba.set([v, v, v, 255], i * 4);
    });
    const out = warpPerspective(
      { data: rgba, width: w, height: h },
      [
        { x: 20, y: 10 },
        { x: 100, y: 18 },
        { x: 96, y: 80 },
        { x: 14, y: 72 },
      ],
      60,
      40,
    );
    let bright = 0;
    for (let i = 0; i < out.length; i += 4) if ((out[i] ?? 0) > 200) bright++;
    expect(bright / (60 * 40)).toBeGreaterThan(0.95);
  });
});
