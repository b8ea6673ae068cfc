import type { BackupProblem } from "./backupFile";

/** What the page asks the backup worker: seal entries into a file, or open a file into entries. */
export type BackupJob =
  | {
      op: "seal";
      entries: Record<string, Uint8Array>;
      passphrase: string;
      iterations?: number;
      /** Answer with a Blob made in the worker: the page then never copies the whole file itself. */
      asBlob?: boolean;
    }
  | {
      op: "open";
      /** A chosen file is sent as itself: a Blob crosses by reference, bytes would be copied on the page. */
      file: Uint8Array | Blob;
      passphrase: string;
    };

/** The worker's answer: the file, the entries, or why it failed (a BackupError's problem when it is one). */
export type BackupReply =
  | { ok: true; file: Uint8Array<ArrayBuffer> }
  | { ok: true; blob: Blob }
  | { ok: true; entries: Record<string, Uint8Array> }
  | { ok: false; problem?: BackupProblem; message: string };

/** The buffers a message can hand over instead of copying (each once). */
export function buffersOf(values: Iterable<Uint8Array>): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const value of values) if (value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
  return [...buffers];
}
