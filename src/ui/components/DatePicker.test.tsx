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

  it("offers older years behind a button, and keeps them shown once one is chosen", async () => {
    const chosen: CalendarDate[] = [];
    await renderScreen(
      <DatePicker
        label="Date de fin"
        value={undefined}
        years={[2025, 2026]}
        earlierYears={[2021, 2022, 2023, 2024]}
        onChange={(date) => chosen.push(date)}
      />,
    );
    expect(screen.queryByRole("button", { name: "2022" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Années d'avant" }));
    const years = screen.getAllByRole("button").filter((b) => /^\d{4}$/.test(b.textContent ?? ""));
    expect(years.map((b) => b.textContent)).toEqual(["2021", "2022", "2023", "2024", "2025", "2026"]);
    fireEvent.click(screen.getByRole("button", { name: "2022" }));
    fireEvent.click(await screen.findByRole("button", { name: /^11 — / }));
    fireEvent.click(await screen.findByRole("button", { name: "30" }));
    expect(chosen).toEqual(["2022-11-30"]);
    expect(screen.queryByRole("button", { name: "Années d'avant" })).toBeNull();
  });

  it("opens on an older year when the saved date has one", async () => {
    await renderScreen(
      <DatePicker
        label="Date de fin"
        value="2020-06-15"
        years={[2025, 2026]}
        earlierYears={[2019, 2020]}
        onChange={() => undefined}
      />,
    );
    expect(screen.getByRole("button", { name: "2020" }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByText("15/06/2020")).toBeTruthy();
  });
});
