import { BackupError, openBackup, sealBackup } from "./backupFile";
import { type BackupJob, type BackupReply, buffersOf } from "./backupJob";

/** Runs one job in its own worker; cancelling ends the worker, the only way to stop its work. */
function inWorker(job: BackupJob, transfer: ArrayBuffer[], signal?: AbortSignal): Promise<BackupReply> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason ?? new DOMException("Aborted", "AbortError"));
    const worker = new Worker(new URL("./backup.worker.ts", import.meta.url), {
      type: "module",
      name: "backup",
    });
    const end = () => {
      worker.terminate();
      signal?.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      end();
      reject(signal?.reason ?? new DOMException("Aborted", "AbortError"));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<BackupReply>) => {
      end();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      end();
      reject(new Error(event.message || "The backup worker failed"));
    };
    worker.postMessage(job, transfer);
  });
}

/** The error the worker reported, as the same kind of error the direct call would throw. */
function failure(reply: Extract<BackupReply, { ok: false }>): Error {
  return reply.problem ? new BackupError(reply.problem) : new Error(reply.message);
}

// Where there are no workers (unit tests in Node), the same functions run directly.
const hasWorkers = typeof Worker === "function";

/**
 * `sealBackup` off the main thread. The entries' bytes are handed to the worker: the caller must not
 * use them afterwards.
 */
export async function sealBackupOffThread(
  entries: Record<string, Uint8Array>,
  passphrase: string,
  options: { iterations?: number; signal?: AbortSignal | undefined } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  if (!hasWorkers) return sealBackup(entries, passphrase, options);
  const job: BackupJob = {
    op: "seal",
    entries,
    passphrase,
    ...(options.iterations === undefined ? {} : { iterations: options.iterations }),
  };
  const reply = await inWorker(job, buffersOf(Object.values(entries)), options.signal);
  if (!reply.ok) throw failure(reply);
  if (!("file" in reply)) throw new TypeError("Unexpected reply from the backup worker");
  return reply.file;
}

/**
 * `sealBackup` off the main thread, as a Blob made there: what a download or a share needs, without the
 * page copying the whole file. The entries' bytes are handed to the worker.
 */
export async function sealBackupToBlobOffThread(
  entries: Record<string, Uint8Array>,
  passphrase: string,
  options: { iterations?: number; signal?: AbortSignal | undefined } = {},
): Promise<Blob> {
  if (!hasWorkers) return new Blob([await sealBackup(entries, passphrase, options)]);
  const job: BackupJob = {
    op: "seal",
    entries,
    passphrase,
    asBlob: true,
    ...(options.iterations === undefined ? {} : { iterations: options.iterations }),
  };
  const reply = await inWorker(job, buffersOf(Object.values(entries)), options.signal);
  if (!reply.ok) throw failure(reply);
  if (!("blob" in reply)) throw new TypeError("Unexpected reply from the backup worker");
  return reply.blob;
}

/**
 * `openBackup` off the main thread. Give it the chosen File itself where there is one: it crosses to the
 * worker by reference, where bytes are copied on the page (0.4 s for 60 MB, `npm run bench:scale`).
 */
export async function openBackupOffThread(
  file: Uint8Array | Blob,
  passphrase: string,
  signal?: AbortSignal,
): Promise<Record<string, Uint8Array>> {
  if (!hasWorkers) {
    const bytes = file instanceof Uint8Array ? file : new Uint8Array(await file.arrayBuffer());
    return openBackup(bytes, passphrase, signal);
  }
  const reply = await inWorker({ op: "open", file, passphrase }, [], signal);
  if (!reply.ok) throw failure(reply);
  if (!("entries" in reply)) throw new TypeError("Unexpected reply from the backup worker");
  return reply.entries;
}
