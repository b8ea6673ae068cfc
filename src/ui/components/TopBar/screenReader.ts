/** Reads the current screen aloud until done or stopped; "unavailable" when nothing can be heard. */
export type ScreenReader = (language: string, signal: AbortSignal) => Promise<"idle" | "unavailable">;

let load: () => Promise<ScreenReader> = () => Promise.resolve(() => Promise.resolve("unavailable"));

/**
 * The app gives the listen control its reader (recorded clips from storage, then speech), loaded on the
 * first tap: components do not reach storage, and the first screen stays small.
 */
export function provideScreenReader(loader: () => Promise<ScreenReader>): void {
  load = loader;
}

/** The reader the app provided. */
export function loadScreenReader(): Promise<ScreenReader> {
  return load();
}
