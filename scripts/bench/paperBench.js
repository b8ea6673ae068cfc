// Runs in Chromium, served by Vite from the repository: makes stored-size document pages (JPEG, about
// 2000 px and 250–350 kB, as capture stores them) and times the PDF packet. Driven by scripts/bench-paper.mjs.
import { buildPacket } from "/src/print/packet/index.ts";
import { renderPacket } from "/src/print/packet/renderPacket.ts";

/** A small deterministic random generator, so every run sees the same pages. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS =
  "attestation hébergement nom prénom adresse date naissance préfecture titre séjour domicile".split(" ");

/** One cleaned page photo as capture stores it: 1414×2000 JPEG with text, a stamp and a little noise. */
async function storedPage(seed) {
  const rand = random(seed);
  const canvas = new OffscreenCanvas(1414, 2000);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#f4f1e8";
  ctx.fillRect(0, 0, 1414, 2000);
  ctx.fillStyle = "#1d1d1f";
  ctx.font = "bold 44px serif";
  ctx.fillText(`DOCUMENT ${seed}`, 100, 140);
  for (let line = 0; line < 60; line++) {
    ctx.font = `${22 + Math.floor(rand() * 6)}px serif`;
    let text = "";
    while (text.length < 80) text += `${WORDS[Math.floor(rand() * WORDS.length)]} `;
    ctx.fillText(text, 100, 220 + line * 29);
  }
  ctx.strokeStyle = "#2b4a9a";
  ctx.lineWidth = 6;
  ctx.beginPath();
  ctx.arc(1100, 1750, 140, 0, Math.PI * 2);
  ctx.stroke();
  const image = ctx.getImageData(0, 0, 1414, 2000);
  for (let i = 0; i < image.data.length; i += 4) {
    const n = (rand() - 0.5) * 6;
    image.data[i] += n;
    image.data[i + 1] += n;
    image.data[i + 2] += n;
  }
  ctx.putImageData(image, 0, 0);
  const blob = await canvas.convertToBlob({ type: "image/jpeg", quality: 0.75 });
  return blob.arrayBuffer();
}

/** The packet's input: documents of 1 to 4 pages up to `pages` pages. */
async function packetInput(pages) {
  const pieces = [];
  let made = 0;
  for (let number = 1; made < pages; number += 1) {
    const count = Math.min(1 + (number % 4), pages - made);
    const list = [];
    for (let position = 1; position <= count; position += 1) {
      list.push({ kind: "jpeg", bytes: await storedPage(made + 1), rotation: 0, position });
      made += 1;
    }
    pieces.push({ number, frenchName: `Pièce justificative ${number}`, pages: list });
  }
  const cover = { name: "DIALLO Aminata", procedures: ["Carte de séjour temporaire"], date: "27/11/2026" };
  return { cover, pieces };
}

const jpegSum = (input) => input.pieces.flatMap((p) => p.pages).reduce((s, p) => s + p.bytes.byteLength, 0);
const copy = (input) => ({
  ...input,
  pieces: input.pieces.map((p) => ({
    ...p,
    pages: p.pages.map((page) => ({ ...page, bytes: page.bytes.slice(0) })),
  })),
});

/** Mean stored page size, to check the pages look like capture's (its target is 350 kB). */
const meanPage = (input) => jpegSum(input) / input.pieces.flatMap((p) => p.pages).length;

/** Builds the packet for each page count: in the worker (the app's path, timed) and on this thread (heap). */
window.runBench = async ({ sizes, runs }) => {
  const rows = [];
  for (const pages of sizes) {
    const input = await packetInput(pages);
    const jpeg = jpegSum(input);
    const times = [];
    let bytes = 0;
    for (let run = 0; run < runs; run += 1) {
      const own = copy(input);
      const start = performance.now();
      const result = await buildPacket(own);
      times.push(performance.now() - start);
      // The packet reaches the page as a Blob (the PDF is never copied on the page's thread).
      bytes = result.bytes.size;
    }
    // The same build on this thread, to sample the JS heap after every page (workers have no performance.memory).
    globalThis.gc?.();
    const before = performance.memory.usedJSHeapSize;
    let peak = before;
    const sample = () => {
      peak = Math.max(peak, performance.memory.usedJSHeapSize);
    };
    const local = await renderPacket(copy(input), sample);
    sample();
    rows.push({ pages, times, bytes, jpeg, peak, mean: meanPage(input), localBytes: local.bytes.byteLength });
  }
  return rows;
};

document.getElementById("state").textContent = "ready";
