import type { TestProject } from "vitest/node";
import { startPreview } from "./server";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Serves the production build once for the whole end-to-end run. */
export default async function setup(project: TestProject) {
  const server = await startPreview(Number(process.env.E2E_PORT ?? 4180));
  project.provide("baseURL", server.url);
  return () => server.stop();
}
