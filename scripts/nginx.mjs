// Serves a build with the repository's production nginx configuration, for the end-to-end suite and
// Lighthouse: the same headers, caching and compression as a real deployment.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** Debian's nginx binary, when installed (npm test installs it on Debian). */
export const NGINX = "/usr/sbin/nginx";

/** True when nginx can run here. */
export function hasNginx() {
  return spawnSync(NGINX, ["-v"]).status === 0;
}

/** True when something already answers on the port: a stale server would be measured instead. */
export function portAnswers(port) {
  return new Promise((done) => {
    const probe = createServer()
      .once("error", () => done(true))
      .once("listening", () => probe.close(() => done(false)))
      .listen(port, "127.0.0.1");
  });
}

/**
 * Serves `root` with deploy/nginx.conf, changing only the port and the root, inside a throw-away prefix
 * so nothing touches the machine's own nginx. Resolves to `{ url, stop() }`.
 */
export async function startNginx(port, root) {
  if (await portAnswers(port)) throw new Error(`Port ${port} already answers: stop that server first.`);
  const prefix = mkdtempSync(join(tmpdir(), "papiers-nginx-"));
  for (const dir of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(join(prefix, dir));
  copyFileSync("deploy/papiers-security-headers.conf", join(prefix, "papiers-security-headers.conf"));
  const server = readFileSync("deploy/nginx.conf", "utf8")
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/var\/www\/papiers;/, `root ${resolve(root)};`);
  writeFileSync(join(prefix, "papiers.conf"), server);
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  writeFileSync(
    join(prefix, "nginx.conf"),
    `${isRoot ? "user root;\n" : ""}daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${prefix}/papiers.conf;
}
`,
  );
  const child = spawn(NGINX, ["-p", prefix, "-c", join(prefix, "nginx.conf")], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stderr?.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited:\n${output}`);
    try {
      if ((await fetch(`${url}/robots.txt`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 20_000) {
      if (child.pid) process.kill(-child.pid, "SIGQUIT");
      throw new Error(`nginx did not answer within 20 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    async stop() {
      if (child.pid && child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        process.kill(-child.pid, "SIGQUIT");
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
