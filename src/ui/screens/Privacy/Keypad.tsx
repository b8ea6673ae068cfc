import { useEffect, useRef, useState } from "preact/hooks";
import { Icon } from "@/ui/icons";
import { usePrivacyT } from "./usePrivacyT";

/** Digits in a PIN. */
export const PIN_LENGTH = 6;

interface KeypadProps {
  /** What the digits are for, e.g. "Your secret code"; names the keypad for screen readers. */
  label: string;
  onComplete: (pin: string) => void;
  disabled?: boolean;
}

/**
 * Papiers' own keypad for the 6-digit PIN: large keys with Latin digits, no text field, so no system
 * keyboard, no keyboard-language switch and no password manager offering to keep the PIN (UX.md §5.1).
 * A desk computer's number keys work too.
 */
export function Keypad({ label, onComplete, disabled }: KeypadProps) {
  const { t } = usePrivacyT();
  // The digits live in a ref: keys pressed faster than the screen redraws each see the ones before
  // them (with state, the second of two quick keys replaced the first). The count is what is drawn.
  const typed = useRef("");
  const [count, setCount] = useState(0);
  const keep = (digits: string) => {
    typed.current = digits;
    setCount(digits.length);
  };
  const press = (digit: string) => {
    if (disabled) return;
    const next = (typed.current + digit).slice(0, PIN_LENGTH);
    if (next.length === PIN_LENGTH) {
      keep("");
      onComplete(next);
    } else keep(next);
  };
  const erase = () => keep(typed.current.slice(0, -1));
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLElement && event.target.closest("input, textarea")) return;
      if (/^[0-9]$/.test(event.key)) press(event.key);
      else if (event.key === "Backspace") erase();
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });
  return (
    <fieldset class="keypad">
      <legend class="visually-hidden">{label}</legend>
      <p class="keypad__dots" aria-live="polite">
        <span aria-hidden="true">
          {Array.from({ length: PIN_LENGTH }, (_, i) => (
            <span key={i} class="keypad__dot" data-filled={i < count ? "" : undefined} />
          ))}
        </span>
        <span class="visually-hidden">{t("privacy:pin.typed", { typed: count, total: PIN_LENGTH })}</span>
      </p>
      {/* Phone keypads read 1 2 3 from the left in every language. */}
      <div class="keypad__keys" dir="ltr">
        {["1", "2", "3", "4", "5", "6", "7", "8", "9"].map((digit) => (
          <button
            key={digit}
            type="button"
            class="keypad__key"
            disabled={disabled}
            onClick={() => press(digit)}
          >
            {digit}
          </button>
        ))}
        <button type="button" class="keypad__key keypad__erase" disabled={disabled} onClick={erase}>
          <Icon name="backspace" />
          <span>{t("privacy:pin.erase")}</span>
        </button>
        <button type="button" class="keypad__key" disabled={disabled} onClick={() => press("0")}>
          0
        </button>
      </div>
    </fieldset>
  );
}
