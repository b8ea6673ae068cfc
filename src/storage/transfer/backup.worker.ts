import { BackupError, openBackup, sealBackup } from "./backupFile";
import { type BackupJob, type BackupReply, buffersOf } from "./backupJob";

// Zipping, hashing and encrypting a whole dossier (tens of megabytes of pages) takes seconds on a cheap
// phone: here it does not freeze the screen. One job per worker; the page ends it when done or cancelled.

/** Runs the job and turns any failure into something the page can rebuild as the same error. */
async function run(job: BackupJob): Promise<BackupReply> {
  try {
    if (job.op === "seal") {
      const options = job.iterations === undefined ? {} : { iterations: job.iterations };
      const file = await sealBackup(job.entries, job.passphrase, options);
      // Copying tens of megabytes into a Blob takes a third of a second: here, not on the page.
      return job.asBlob ? { ok: true, blob: new Blob([file]) } : { ok: true, file };
    }
    const file = job.file instanceof Uint8Array ? job.file : new Uint8Array(await job.file.arrayBuffer());
    return { ok: true, entries: await openBackup(file, job.passphrase) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return error instanceof BackupError
      ? { ok: false, problem: error.problem, message }
      : { ok: false, message };
  }
}

addEventListener("message", (event: MessageEvent<BackupJob>) => {
  void run(event.data).then((reply) => {
    const bytes = !reply.ok
      ? []
      : "file" in reply
        ? [reply.file]
        : "entries" in reply
          ? Object.values(reply.entries)
          : [];
    postMessage(reply, { transfer: buffersOf(bytes) });
  });
});
