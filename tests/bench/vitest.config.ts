import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Benchmarks, not tests: `npm run bench:scale` prints figures; nothing here runs in `npm test`.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("../../src", import.meta.url)) } },
  test: {
    include: ["tests/bench/*.bench.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 3_600_000,
    hookTimeout: 600_000,
  },
});
