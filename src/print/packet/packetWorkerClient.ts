import type { PacketReply, PacketRequest, PacketResult, UploadsResult } from "./messages";

/** What a job gives the page: its files as Blobs made in the worker. */
type Delivered = PacketResult<Blob> | UploadsResult<Blob>;

/** The part of a Worker the client uses, so tests can give a fake one. */
export interface PacketWorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<PacketReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

interface Job {
  id: number;
  request: PacketRequest;
  transfer: Transferable[];
  signal: AbortSignal | undefined;
  onProgress: (done: number, total: number) => void;
  resolve: (value: Delivered) => void;
  reject: (reason: unknown) => void;
  onAbort: () => void;
}

/** The error a cancelled job rejects with, as fetch does. */
const abortError = () => new DOMException("The PDF job was cancelled", "AbortError");

/**
 * Runs PDF jobs in a worker, one at a time (as the capture worker's client does): progress is reported
 * as it comes, cancelling ends the worker (the only way to stop its work and free its memory), and the
 * worker ends after `idleMs` without work.
 */
export class PacketWorkerClient {
  private worker: PacketWorkerLike | undefined;
  private readonly queue: Job[] = [];
  private running: Job | undefined;
  private nextId = 1;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly createWorker: () => PacketWorkerLike,
    private readonly idleMs = 10_000,
  ) {}

  /** Queues a job; its buffers move to the worker (they are unusable here afterwards). */
  run(
    request: PacketRequest,
    transfer: Transferable[],
    options: { signal?: AbortSignal | undefined; onProgress?: (done: number, total: number) => void } = {},
  ): Promise<Delivered> {
    if (options.signal?.aborted) return Promise.reject(abortError());
    return new Promise((resolve, reject) => {
      const job: Job = {
        id: this.nextId++,
        request,
        transfer,
        signal: options.signal,
        onProgress: options.onProgress ?? (() => {}),
        resolve,
        reject,
        onAbort: () => this.abort(job),
      };
      options.signal?.addEventListener("abort", job.onAbort, { once: true });
      this.queue.push(job);
      this.pump();
    });
  }

  private abort(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    if (this.running === job) {
      this.running = undefined;
      this.stopWorker();
    }
    job.reject(abortError());
    this.pump();
  }

  private finish(job: Job): void {
    job.signal?.removeEventListener("abort", job.onAbort);
    this.running = undefined;
    this.pump();
  }

  private pump(): void {
    if (this.running) return;
    const job = this.queue.shift();
    if (!job) {
      clearTimeout(this.idleTimer);
      if (this.worker) this.idleTimer = setTimeout(() => this.stopWorker(), this.idleMs);
      return;
    }
    clearTimeout(this.idleTimer);
    this.running = job;
    this.ensureWorker().postMessage({ id: job.id, request: job.request }, job.transfer);
  }

  private ensureWorker(): PacketWorkerLike {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event) => {
      const reply = event.data;
      const job = this.running;
      if (!job || job.id !== reply.id) return;
      if ("progress" in reply) {
        job.onProgress(reply.progress.done, reply.progress.total);
        return;
      }
      if (reply.ok) job.resolve(reply.result);
      else job.reject(new Error(reply.message));
      this.finish(job);
    };
    worker.onerror = (event) => {
      const job = this.running;
      this.stopWorker();
      if (!job) return;
      job.reject(new Error(event.message || "The PDF worker stopped"));
      this.finish(job);
    };
    this.worker = worker;
    return worker;
  }

  private stopWorker(): void {
    clearTimeout(this.idleTimer);
    this.worker?.terminate();
    this.worker = undefined;
  }
}
