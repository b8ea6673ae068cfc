import { useCallback, useEffect, useRef, useState } from "preact/hooks";

/** Opus in WebM (Chrome, Firefox) or in Ogg (Firefox, Safari 18+), the first the browser can record. */
const OPUS_TYPES = ["audio/webm;codecs=opus", "audio/ogg;codecs=opus"];

/** The Opus type this browser records, or undefined when it records none. */
export function recordableType(): string | undefined {
  if (typeof MediaRecorder === "undefined") return undefined;
  return OPUS_TYPES.find((type) => MediaRecorder.isTypeSupported(type));
}

/** What the microphone is doing. */
export type RecorderState = "idle" | "recording" | "refused" | "unsupported";

/**
 * Records from the microphone with MediaRecorder. The microphone is asked for only when recording starts
 * (on a tap, on the studio screen), and released as soon as it stops or the screen closes.
 */
export function useRecorder(onRecorded: (clip: { bytes: ArrayBuffer; mimeType: string }) => void) {
  const [state, setState] = useState<RecorderState>("idle");
  const recorder = useRef<MediaRecorder | null>(null);
  // Leaving the screen mid-recording drops the half-read clip and frees the microphone.
  const release = useCallback(() => {
    const current = recorder.current;
    recorder.current = null;
    if (!current) return;
    current.ondataavailable = null;
    current.onstop = null;
    if (current.state !== "inactive") current.stop();
    for (const track of current.stream.getTracks()) track.stop();
  }, []);
  useEffect(() => release, [release]);

  const start = useCallback(async () => {
    const mimeType = recordableType();
    if (!mimeType) return setState("unsupported");
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      return setState("refused");
    }
    const chunks: Blob[] = [];
    const next = new MediaRecorder(stream, { mimeType, audioBitsPerSecond: 24_000 });
    next.ondataavailable = (event) => chunks.push(event.data);
    next.onstop = () => {
      for (const track of stream.getTracks()) track.stop();
      const blob = new Blob(chunks, { type: mimeType });
      setState("idle");
      if (blob.size > 0) void blob.arrayBuffer().then((bytes) => onRecorded({ bytes, mimeType }));
    };
    recorder.current = next;
    next.start();
    setState("recording");
  }, [onRecorded]);

  const stop = useCallback(() => {
    const current = recorder.current;
    recorder.current = null;
    if (current && current.state !== "inactive") current.stop();
  }, []);

  return { state, start, stop };
}
