import { useRef } from "preact/hooks";
import type { Point } from "@/capture";
import { useCaptureT } from "./useCaptureT";

const CORNER_KEYS = ["topLeft", "topRight", "bottomRight", "bottomLeft"] as const;
const clamp = (value: number) => Math.min(1, Math.max(0, value));

interface CornerHandlesProps {
  imageUrl: string;
  corners: readonly Point[];
  onChange: (index: number, point: Point) => void;
}

/**
 * The photo with four large round handles on the sheet's corners: drag them with a finger or mouse, or
 * focus one and move it with the arrow keys (Shift for bigger steps). Positions are fractions of the
 * photo, so the stage is laid out left to right in every language: the photo itself never mirrors.
 */
export function CornerHandles({ imageUrl, corners, onChange }: CornerHandlesProps) {
  const { t } = useCaptureT();
  const stage = useRef<HTMLDivElement>(null);
  const pointFrom = (event: PointerEvent): Point | undefined => {
    const box = stage.current?.getBoundingClientRect();
    if (!box || box.width === 0 || box.height === 0) return undefined;
    return {
      x: clamp((event.clientX - box.left) / box.width),
      y: clamp((event.clientY - box.top) / box.height),
    };
  };
  const onKey = (index: number, event: KeyboardEvent) => {
    const step = event.shiftKey ? 0.05 : 0.01;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const move = moves[event.key];
    const current = corners[index];
    if (!move || !current) return;
    event.preventDefault();
    onChange(index, { x: clamp(current.x + move[0]), y: clamp(current.y + move[1]) });
  };
  const outline = corners.map((p) => `${p.x},${p.y}`).join(" ");
  return (
    <div class="corner-stage" dir="ltr" ref={stage}>
      <img src={imageUrl} alt={t("capture:adjust.preview")} draggable={false} decoding="async" />
      <svg class="corner-outline" viewBox="0 0 1 1" preserveAspectRatio="none" aria-hidden="true">
        <polygon points={outline} />
      </svg>
      {corners.map((point, index) => (
        <button
          key={CORNER_KEYS[index]}
          type="button"
          class="corner-handle"
          aria-label={t(`capture:adjust.corner.${CORNER_KEYS[index] ?? "topLeft"}`)}
          aria-describedby="corner-keyboard"
          data-corner={CORNER_KEYS[index]}
          style={{ insetInlineStart: `${point.x * 100}%`, insetBlockStart: `${point.y * 100}%` }}
          onPointerDown={(event) => event.currentTarget.setPointerCapture(event.pointerId)}
          onPointerMove={(event) => {
            if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
            const next = pointFrom(event);
            if (next) onChange(index, next);
          }}
          onKeyDown={(event) => onKey(index, event)}
        >
          <span class="corner-handle__dot" />
        </button>
      ))}
    </div>
  );
}
