// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from "@testing-library/preact";
import { useState } from "preact/hooks";
import { describe, expect, it } from "vitest";
import type { CalendarDate } from "@/lib/calendarDate";
import { renderScreen } from "../../../tests/renderScreen";
import { DatePicker } from "./DatePicker";

/** A picker whose date is saved and comes back through props, as on the document screen. */
function Saved({ initial }: { initial?: CalendarDate }) {
  const [date, setDate] = useState<CalendarDate | undefined>(initial);
  return (
    <>
      <DatePicker label="Date de fin" value={date} years={[2026, 2027]} onChange={setDate} />
      <button type="button" onClick={() => setDate("2027-03-09")}>
        Ailleurs
      </button>
    </>
  );
}

describe("DatePicker", () => {
  it("keeps the keyboard on the day just chosen once the date comes back saved", async () => {
    await renderScreen(<Saved />);
    fireEvent.click(screen.getByRole("button", { name: "2026" }));
    fireEvent.click(await screen.findByRole("button", { name: /^05 — / }));
    const day = await screen.findByRole("button", { name: "17" });
    day.focus();
    fireEvent.click(day);
    await waitFor(() => expect(day.getAttribute("aria-pressed")).toBe("true"));
    expect(day.isConnected).toBe(true);
    expect(document.activeElement).toBe(day);
    expect(screen.getByText("17/05/2026")).toBeTruthy();
  });

  it("opens the year and month of a date given from outside", async () => {
    await renderScreen(<Saved initial="2026-01-02" />);
    fireEvent.click(screen.getByRole("button", { name: "Ailleurs" }));
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "2027" }).getAttribute("aria-pressed")).toBe("true"),
    );
    expect(screen.getByRole("button", { name: /^03 — / }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByRole("button", { name: "9" }).getAttribute("aria-pressed")).toBe("true");
  });
});
