// @vitest-environment happy-dom
// 14 March 2025 reads 14/03/2025, in Latin digits, in every shipped language: people match the screen
// against the date printed on their titre (UX.md §3.3, §7 item 13).
import { waitFor } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "@/i18n";
import { formatAdminDate } from "@/lib/formatAdminDate";
import { LOCAL_PROFILE_ID, saveCurrentPermit } from "@/storage";
import { FollowUp } from "@/ui/screens/FollowUp/FollowUp";
import { prepareScreen, renderScreen } from "./renderScreen";
import { storePlainFor } from "./storePlainFor";

storePlainFor(LOCAL_PROFILE_ID);

describe.each(LANGUAGES.map((language) => [language.code, language.dir] as const))(
  "the date 14 March 2025 in %s",
  (lang, dir) => {
    it("is formatted 14/03/2025", () => {
      expect(formatAdminDate("2025-03-14")).toBe("14/03/2025");
      expect(formatAdminDate(new Date(2025, 2, 14))).toBe("14/03/2025");
    });

    it("shows as 14/03/2025 with Latin digits on the follow-up screen", async () => {
      await prepareScreen(lang);
      await saveCurrentPermit({ kind: "titre", expiresOn: "2025-03-14", channel: "anef" });
      await renderScreen(<FollowUp />, lang, "/followup", { keepDatabase: true });
      await waitFor(() => expect(document.body.textContent).toContain("14/03/2025"));
      const dates = [...document.querySelectorAll("bdi")].map((bdi) => bdi.textContent);
      expect(dates).toContain("14/03/2025");
      // No Arabic-Indic, Persian, Bengali, Tamil or Ethiopic digits anywhere on the screen.
      expect(document.body.textContent).not.toMatch(
        /[\u0660-\u0669\u06F0-\u06F9\u09E6-\u09EF\u0BE6-\u0BEF\u1369-\u137C]/,
      );
      expect(document.documentElement.dir).toBe(dir);
    });
  },
);
