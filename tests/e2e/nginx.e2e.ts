import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseLanguage, openBrowser, waitForServiceWorker } from "./browser";
import { hasNginx, startNginx } from "./nginx";
import type { PreviewServer } from "./server";
import { updateScenario } from "./updateScenario";

const PORT = Number(process.env.E2E_NGINX_PORT ?? 4182);

describe.skipIf(!hasNginx())("the production nginx configuration (deploy/nginx.conf)", () => {
  let server: PreviewServer;
  beforeAll(async () => {
    server = await startNginx(PORT, "dist");
  });
  afterAll(async () => server?.stop());

  it("sends the security headers and the right caching for each kind of file", async () => {
    const index = await fetch(`${server.url}/`);
    const csp = index.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(index.headers.get("x-content-type-options")).toBe("nosniff");
    expect(index.headers.get("referrer-policy")).toBe("no-referrer");
    expect(index.headers.get("permissions-policy")).toContain("camera=(self)");
    expect(index.headers.get("permissions-policy")).toContain("microphone=(self)");
    expect(index.headers.get("cache-control")).toBe("no-cache");

    const html = await index.text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? "";
    const asset = await fetch(server.url + script, { headers: { "accept-encoding": "gzip" } });
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(asset.headers.get("content-type")).toMatch(/javascript/);
    expect(asset.headers.get("content-security-policy")).toBe(csp);

    const sw = await fetch(`${server.url}/sw.js`);
    expect(sw.headers.get("cache-control")).toBe("no-cache");
    const manifest = await fetch(`${server.url}/manifest.webmanifest`);
    expect(manifest.headers.get("content-type")).toMatch(/^application\/manifest\+json/);
    expect(manifest.headers.get("cache-control")).toBe("no-cache");

    const deepLink = await fetch(`${server.url}/followup/permit/2`);
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toBe(html);
    expect((await fetch(`${server.url}/robots.txt`)).headers.get("content-type")).toMatch(/^text\/plain/);
  });

  it("compresses text with gzip", async () => {
    const { request } = await import("node:http");
    const body = await new Promise<{ encoding: string | undefined; bytes: Buffer }>((resolve, reject) => {
      request(`${server.url}/`, { headers: { "accept-encoding": "gzip" } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c) => chunks.push(c));
        response.on("end", () =>
          resolve({ encoding: response.headers["content-encoding"], bytes: Buffer.concat(chunks) }),
        );
      })
        .on("error", reject)
        .end();
    });
    expect(body.encoding).toBe("gzip");
    expect(gunzipSync(body.bytes).toString()).toContain("<title>Papiers</title>");
  });

  it("sends a file shared before the service worker is installed to the app, not to an error", async () => {
    const response = await fetch(`${server.url}/share-target`, {
      method: "POST",
      redirect: "manual",
      body: "x",
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toMatch(/\/$/);
  });

  it("works offline once visited", async () => {
    const browser = await openBrowser({ baseURL: server.url });
    try {
      await browser.page.goto(`${server.url}/language`);
      await chooseLanguage(browser.page, "Français");
      await waitForServiceWorker(browser.page);
      await browser.context.setOffline(true);
      await browser.page.reload();
      await browser.page.getByRole("heading", { name: "Bonjour" }).waitFor();
      await browser.page.goto(`${server.url}/help`);
      await browser.page.getByRole("heading", { name: "Aide", exact: true }).waitFor();
    } finally {
      await browser.close();
    }
  });
});

describe.skipIf(!hasNginx())("updates through nginx", () => {
  it("are offered and applied only on the person's tap", async () => {
    await updateScenario((root) => startNginx(PORT + 1, root));
  });
});
