import { CaptureError } from "./CaptureError";
import type { Analysis, CaptureRequest, RenderedPage, WorkerReply } from "./messages";

/** The part of a Worker the client uses, so tests can give a fake one. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

interface Job {
  id: number;
  request: CaptureRequest;
  signal: AbortSignal | undefined;
  resolve: (value: Analysis | RenderedPage) => void;
  reject: (reason: unknown) => void;
  onAbort: () => void;
}

/** The error an aborted job rejects with, as fetch does. */
function abortError(): DOMException {
  return new DOMException("The capture job was cancelled", "AbortError");
}

/**
 * Runs capture jobs in a worker, one at a time and in order (squoosh's worker-bridge): the worker starts
 * on the first job, an aborted running job ends the worker (the only way to stop its CPU work), and the
 * worker is ended after `idleMs` without work so an idle phone keeps its memory.
 */
export class CaptureWorkerClient {
  private worker: WorkerLike | undefined;
  private readonly queue: Job[] = [];
  private running: Job | undefined;
  private nextId = 1;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly createWorker: () => WorkerLike,
    private readonly idleMs = 10_000,
  ) {}

  /** Whether a worker is alive now (for tests and the idle shutdown). */
  get isRunning(): boolean {
    return this.worker !== undefined;
  }

  /** Queues a job; rejects with an AbortError when `signal` aborts, a CaptureError when the file is refused. */
  run(request: CaptureRequest, signal?: AbortSignal): Promise<Analysis | RenderedPage> {
    if (signal?.aborted) return Promise.reject(abortError());
    return new Promise((resolve, reject) => {
      const job: Job = {
        id: this.nextId++,
        request,
        signal,
        resolve,
        reject,
        onAbort: () => this.abort(job),
      };
      signal?.addEventListener("abort", job.onAbort, { once: true });
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
      this.scheduleIdleStop();
      return;
    }
    clearTimeout(this.idleTimer);
    this.running = job;
    const worker = this.ensureWorker();
    worker.postMessage({ id: job.id, request: job.request });
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event) => {
      const reply = event.data;
      const job = this.running;
      if (!job || job.id !== reply.id) return;
      if (reply.ok) job.resolve(reply.result);
      else if (reply.reason === "failed") job.reject(new Error(reply.message ?? "Capture failed"));
      else job.reject(new CaptureError(reply.reason));
      this.finish(job);
    };
    worker.onerror = (event) => {
      const job = this.running;
      this.stopWorker();
      if (!job) return;
      job.reject(new Error(event.message || "The capture worker stopped"));
      this.finish(job);
    };
    this.worker = worker;
    return worker;
  }

  private scheduleIdleStop(): void {
    clearTimeout(this.idleTimer);
    if (!this.worker) return;
    this.idleTimer = setTimeout(() => this.stopWorker(), this.idleMs);
  }

  private stopWorker(): void {
    clearTimeout(this.idleTimer);
    this.worker?.terminate();
    this.worker = undefined;
  }
}
