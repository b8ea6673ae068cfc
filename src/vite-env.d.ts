/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The build's date (YYYY-MM-DD), set by vite.config.ts. */
  readonly VITE_APP_BUILD: string;
}
