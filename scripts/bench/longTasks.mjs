// Reads a CPU profile written by `BENCH_PROFILE=<step> npm run bench:scale` and prints each stretch of
// main-thread work longer than 50 ms, with the functions that took its time (self and inclusive).
// Usage: node scripts/bench/longTasks.mjs test-results/<step>.cpuprofile [minimum ms, default 50]
import { readFile } from "node:fs/promises";

const [file, minimum = "50"] = process.argv.slice(2);
if (!file) throw new Error("Usage: node scripts/bench/longTasks.mjs <file.cpuprofile> [minimum ms]");
const profile = JSON.parse(await readFile(file, "utf8"));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const label = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url ? `${url.split("/").pop()}:${lineNumber + 1}` : "";
  return `${functionName || "(anonymous)"} ${where}`.trim();
};
const idle = (node) => ["(idle)", "(program)", "(garbage collector)"].includes(node.callFrame.functionName);

// Consecutive busy samples form a task; a gap of idle samples ends it.
const tasks = [];
let current;
let time = profile.startTime;
profile.samples.forEach((id, i) => {
  const delta = (profile.timeDeltas[i] ?? 0) / 1000;
  time += delta * 1000;
  const node = nodes.get(id);
  if (!node || idle(node)) {
    current = undefined;
    return;
  }
  if (!current) {
    current = { start: time / 1000, ms: 0, self: new Map(), inclusive: new Map() };
    tasks.push(current);
  }
  current.ms += delta;
  current.self.set(label(node), (current.self.get(label(node)) ?? 0) + delta);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const name = label(nodes.get(at));
    if (seen.has(name)) continue;
    seen.add(name);
    current.inclusive.set(name, (current.inclusive.get(name) ?? 0) + delta);
  }
});

const top = (map, count) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `      ${String(Math.round(ms)).padStart(5)} ms  ${name}`)
    .join("\n");
const long = tasks.filter((task) => task.ms >= Number(minimum));
console.log(`${long.length} stretches of work ≥ ${minimum} ms in ${file}`);
for (const task of long) {
  console.log(`\n  ${Math.round(task.ms)} ms at +${Math.round(task.start - profile.startTime / 1000)} ms`);
  console.log(`    self:\n${top(task.self, 6)}`);
  console.log(`    inclusive:\n${top(task.inclusive, 12)}`);
}
