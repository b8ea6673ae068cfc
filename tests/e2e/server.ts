import { type ChildProcess, spawn } from "node:child_process";
import { portAnswers } from "../../scripts/nginx.mjs";

/** A production build served by `vite preview` in its own process group. */
export interface PreviewServer {
  url: string;
  stop(): Promise<void>;
}

/** Serves `outDir` on `port`; refuses a port already in use. */
export async function startPreview(port: number, outDir = "dist"): Promise<PreviewServer> {
  if (await portAnswers(port)) throw new Error(`Port ${port} already answers: stop that server first.`);
  const child: ChildProcess = spawn(
    process.execPath,
    [
      "node_modules/vite/bin/vite.js",
      "preview",
      "--host",
      "127.0.0.1",
      "--port",
      String(port),
      "--strictPort",
      "--outDir",
      outDir,
    ],
    { detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite preview exited:\n${output}`);
    try {
      if ((await fetch(`${url}/robots.txt`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 20_000) throw new Error(`vite preview did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    async stop() {
      if (child.pid && child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        process.kill(-child.pid, "SIGTERM");
        await exited;
      }
    },
  };
}
