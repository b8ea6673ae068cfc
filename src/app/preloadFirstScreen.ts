import { loadIcons } from "@/ui/icons";
import { prefetchLockScreen } from "./ProfileGuard";
import { routes } from "./routes";

/** True when `path` is an address of the route `pattern` (":name" stands for any one segment). */
function matches(pattern: string, path: string): boolean {
  const want = pattern.split("/");
  const have = path.split("/");
  return want.length === have.length && want.every((part, i) => part.startsWith(":") || part === have[i]);
}

/**
 * Starts fetching the code of the screen a page load will show, while boot still reads storage and the
 * texts: a chain of lazy imports one after the other is what makes a first load slow on a phone. A page
 * load always opens locked, so a screen with a person's data shows the start screen first.
 */
export function preloadFirstScreen(path: string): void {
  const route = routes.find((candidate) => matches(candidate.path, path));
  // An unknown address shows the small "not found" screen, open to all: nothing to fetch ahead.
  if (!route) return;
  if (!route.showsNoProfileData) {
    prefetchLockScreen();
    return;
  }
  const ignore = () => {
    // The lazy screen loads again when it is drawn, and reports a failure itself.
  };
  route.load().catch(ignore);
  loadIcons().catch(ignore);
}
