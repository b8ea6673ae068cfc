// Runs in Chromium, served by Vite from the repository: generates 12-megapixel document photos and
// times Papiers' capture pipeline and browser-image-compression on them. Driven by scripts/bench-capture.mjs.
import imageCompression from "browser-image-compression";
import { processPhoto, WHOLE_PHOTO } from "/src/capture/index.ts";

/** A small deterministic random generator, so every run sees the same photos. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS =
  "attestation hébergement nom prénom adresse date naissance préfecture titre séjour domicile signature fait le commune rue numéro".split(
    " ",
  );

/** A 4000×3000 photo of a printed page lying on a table at a slight angle, with a stamp and sensor noise. */
export async function documentPhoto(seed) {
  const rand = random(seed);
  const canvas = new OffscreenCanvas(4000, 3000);
  const ctx = canvas.getContext("2d");
  const table = ctx.createLinearGradient(0, 0, 4000, 3000);
  table.addColorStop(0, "#6b4f37");
  table.addColorStop(1, "#3f2d1f");
  ctx.fillStyle = table;
  ctx.fillRect(0, 0, 4000, 3000);
  ctx.save();
  ctx.translate(2000 + (rand() - 0.5) * 200, 1500 + (rand() - 0.5) * 100);
  ctx.rotate((rand() - 0.5) * 0.12);
  const light = ctx.createLinearGradient(-1000, -1400, 1000, 1400);
  light.addColorStop(0, "#f7f3e8");
  light.addColorStop(1, "#d9d2c0");
  ctx.fillStyle = light;
  ctx.fillRect(-1000, -1400, 2000, 2800);
  ctx.fillStyle = "#1d1d1f";
  ctx.font = "bold 64px serif";
  ctx.fillText("ATTESTATION D'HÉBERGEMENT", -850, -1200);
  for (let line = 0; line < 44; line++) {
    ctx.font = `${30 + Math.floor(rand() * 8)}px serif`;
    let text = "";
    while (text.length < 70) text += `${WORDS[Math.floor(rand() * WORDS.length)]} `;
    ctx.fillText(text, -880, -1080 + line * 52);
  }
  ctx.save();
  ctx.translate(450, 1050);
  ctx.rotate(-0.3);
  ctx.globalAlpha = 0.7;
  ctx.strokeStyle = "#b0182a";
  ctx.lineWidth = 12;
  ctx.beginPath();
  ctx.arc(0, 0, 200, 0, Math.PI * 2);
  ctx.stroke();
  ctx.fillStyle = "#b0182a";
  ctx.font = "bold 48px sans-serif";
  ctx.fillText("MAIRIE", -95, 15);
  ctx.restore();
  ctx.strokeStyle = "#102a6b";
  ctx.lineWidth = 5;
  ctx.beginPath();
  ctx.moveTo(-700, 1250);
  for (let x = 0; x < 40; x++) ctx.lineTo(-700 + x * 12, 1250 + Math.sin(x * 0.9) * 40 * rand());
  ctx.stroke();
  ctx.restore();
  // Sensor noise, as a phone in indoor light adds it.
  const image = ctx.getImageData(0, 0, 4000, 3000);
  const data = image.data;
  for (let i = 0; i < data.length; i += 4) {
    const n = (rand() + rand() + rand() - 1.5) * 14;
    data[i] += n;
    data[i + 1] += n;
    data[i + 2] += n;
  }
  ctx.putImageData(image, 0, 0);
  const blob = await canvas.convertToBlob({ type: "image/jpeg", quality: 0.92 });
  return new File([blob], `photo-${seed}.jpg`, { type: "image/jpeg" });
}

/** Mean SSIM over 8×8 windows of luma (Wang et al., IEEE TIP 2004), with the usual constants. */
function ssim(a, b, width, height) {
  const luma = (d, i) => 0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2];
  const c1 = (0.01 * 255) ** 2;
  const c2 = (0.03 * 255) ** 2;
  let total = 0;
  let windows = 0;
  for (let y = 0; y + 8 <= height; y += 4) {
    for (let x = 0; x + 8 <= width; x += 4) {
      let sa = 0,
        sb = 0,
        saa = 0,
        sbb = 0,
        sab = 0;
      for (let dy = 0; dy < 8; dy++) {
        for (let dx = 0; dx < 8; dx++) {
          const i = ((y + dy) * width + x + dx) * 4;
          const va = luma(a, i);
          const vb = luma(b, i);
          sa += va;
          sb += vb;
          saa += va * va;
          sbb += vb * vb;
          sab += va * vb;
        }
      }
      const ma = sa / 64,
        mb = sb / 64;
      const va = saa / 64 - ma * ma,
        vb = sbb / 64 - mb * mb,
        cov = sab / 64 - ma * mb;
      total += ((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma * ma + mb * mb + c1) * (va + vb + c2));
      windows++;
    }
  }
  return total / windows;
}

/** Pixels of a blob, decoded upright at its own size or resized with the browser's best filter. */
async function pixelsOf(blob, width, height) {
  const bitmap = await createImageBitmap(
    blob,
    width
      ? { imageOrientation: "from-image", resizeWidth: width, resizeHeight: height, resizeQuality: "high" }
      : { imageOrientation: "from-image" },
  );
  const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext("2d");
  ctx.drawImage(bitmap, 0, 0);
  const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
  bitmap.close();
  return data;
}

/** SSIM of an output against a high-quality resize of the source to the output's size. */
async function quality(source, output) {
  const out = await pixelsOf(output);
  const reference = await pixelsOf(source, out.width, out.height);
  return ssim(out.data, reference.data, out.width, out.height);
}

const MAX_LONG_EDGE = 2000;
const TARGET_BYTES = 350_000;

const methods = {
  "Papiers (resize + encode)": (file) =>
    processPhoto(file, { corners: WHOLE_PHOTO, look: "none" }).then((r) => r.page),
  "Papiers (full: straighten + clean)": (file, corners) =>
    processPhoto(file, { corners, look: "colour" }).then((r) => r.page),
  "browser-image-compression": (file) =>
    imageCompression(file, {
      maxWidthOrHeight: MAX_LONG_EDGE,
      maxSizeMB: TARGET_BYTES / 1024 / 1024,
      useWebWorker: false,
      fileType: "image/jpeg",
    }),
};

/** Runs every method on every photo; returns one row per photo and method. */
window.runBench = async ({ photos }) => {
  const { analyseFile } = await import("/src/capture/index.ts");
  const files = [];
  for (let i = 0; i < photos; i++) files.push(await documentPhoto(1000 + i));
  // One warm-up run of each method, so first-use costs (worker start, code compile) are not counted.
  const warm = files[0];
  for (const run of Object.values(methods)) await run(warm, WHOLE_PHOTO);
  const rows = [];
  for (const [index, file] of files.entries()) {
    const analysis = await analyseFile(file);
    const corners = analysis.kind === "image" ? analysis.corners : WHOLE_PHOTO;
    for (const [name, run] of Object.entries(methods)) {
      // Three runs, keeping the median time: the machine is shared, single runs are noisy.
      const times = [];
      let output;
      for (let repeat = 0; repeat < 3; repeat++) {
        const start = performance.now();
        output = await run(file, corners);
        times.push(performance.now() - start);
      }
      const ms = times.sort((a, b) => a - b)[1];
      const dims = await createImageBitmap(output);
      const ssimValue = name.includes("full") ? null : await quality(file, output);
      rows.push({
        photo: index + 1,
        method: name,
        ms,
        bytes: output.size,
        width: dims.width,
        height: dims.height,
        ssim: ssimValue,
        sourceBytes: file.size,
      });
      dims.close();
    }
  }
  return rows;
};
document.getElementById("state").textContent = "ready";
