/** The neutral screen quick exit lands on; its address and title say nothing about Papiers' content. */
export const NEUTRAL_PATH = "/calendar";

/**
 * Leaves at once for the neutral screen, replacing the current history entry and reloading, so
 * nothing of the current screen stays in memory or one Back away (GOV.UK "Exit this page"; UX.md §5.1).
 */
export function quickExit(): void {
  window.location.replace(NEUTRAL_PATH);
}
