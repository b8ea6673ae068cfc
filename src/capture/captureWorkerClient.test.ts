import { afterEach, describe, expect, it, vi } from "vitest";
import { CaptureError } from "./CaptureError";
import { CaptureWorkerClient, type WorkerLike } from "./captureWorkerClient";
import type { WorkerReply } from "./messages";

/** A worker that records jobs and answers when the test says so. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: Array<{ id: number; request: { type: string } }> = [];
  terminated = false;
  postMessage(message: { id: number; request: { type: string } }): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(reply: WorkerReply): void {
    this.onmessage?.(new MessageEvent("message", { data: reply }));
  }
}

const pdf = { kind: "pdf", pageCount: 2 } as const;
const file = new Blob(["x"]);

function setup(idleMs = 1000) {
  const workers: FakeWorker[] = [];
  const client = new CaptureWorkerClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  }, idleMs);
  return { client, workers };
}

afterEach(() => vi.useRealTimers());

describe("the capture worker client", () => {
  it("starts no worker before the first job, then runs jobs one at a time, in order", async () => {
    const { client, workers } = setup();
    expect(client.isRunning).toBe(false);
    const first = client.run({ type: "analyse", file });
    const second = client.run({ type: "analyse", file });
    expect(workers).toHaveLength(1);
    expect(workers[0]?.received.map((m) => m.id)).toEqual([1]);
    workers[0]?.reply({ id: 1, ok: true, result: pdf });
    await expect(first).resolves.toEqual(pdf);
    expect(workers[0]?.received.map((m) => m.id)).toEqual([1, 2]);
    workers[0]?.reply({ id: 2, ok: true, result: { kind: "pdf", pageCount: 5 } });
    await expect(second).resolves.toEqual({ kind: "pdf", pageCount: 5 });
  });

  it("turns a refusal into a CaptureError with its reason", async () => {
    const { client, workers } = setup();
    const job = client.run({ type: "analyse", file });
    workers[0]?.reply({ id: 1, ok: false, reason: "tooManyPixels" });
    await expect(job).rejects.toEqual(new CaptureError("tooManyPixels"));
  });

  it("drops a queued job whose signal aborts, without disturbing the running one", async () => {
    const { client, workers } = setup();
    const running = client.run({ type: "analyse", file });
    const controller = new AbortController();
    const queued = client.run({ type: "analyse", file }, controller.signal);
    controller.abort();
    await expect(queued).rejects.toMatchObject({ name: "AbortError" });
    workers[0]?.reply({ id: 1, ok: true, result: pdf });
    await expect(running).resolves.toEqual(pdf);
    expect(workers[0]?.received).toHaveLength(1);
    expect(workers[0]?.terminated).toBe(false);
  });

  it("ends the worker when the running job is aborted, and starts a fresh one for the next", async () => {
    const { client, workers } = setup();
    const controller = new AbortController();
    const running = client.run({ type: "analyse", file }, controller.signal);
    const next = client.run({ type: "analyse", file });
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: "AbortError" });
    expect(workers[0]?.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    workers[1]?.reply({ id: 2, ok: true, result: pdf });
    await expect(next).resolves.toEqual(pdf);
  });

  it("refuses at once a job whose signal is already aborted", async () => {
    const { client, workers } = setup();
    await expect(client.run({ type: "analyse", file }, AbortSignal.abort())).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(workers).toHaveLength(0);
  });

  it("ends the worker after a quiet moment, and not while work is waiting", async () => {
    vi.useFakeTimers();
    const { client, workers } = setup(1000);
    const job = client.run({ type: "analyse", file });
    vi.advanceTimersByTime(5000);
    expect(workers[0]?.terminated).toBe(false);
    workers[0]?.reply({ id: 1, ok: true, result: pdf });
    await job;
    vi.advanceTimersByTime(999);
    expect(client.isRunning).toBe(true);
    vi.advanceTimersByTime(1);
    expect(workers[0]?.terminated).toBe(true);
    expect(client.isRunning).toBe(false);
  });

  it("rejects the running job when the worker crashes, and carries on with the next", async () => {
    const { client, workers } = setup();
    const crashed = client.run({ type: "analyse", file });
    const next = client.run({ type: "analyse", file });
    const crash = { message: "out of memory", filename: "", lineno: 0, colno: 0, error: null };
    workers[0]?.onerror?.(Object.assign(new Event("error"), crash));
    await expect(crashed).rejects.toThrow("out of memory");
    workers[1]?.reply({ id: 2, ok: true, result: pdf });
    await expect(next).resolves.toEqual(pdf);
  });
});
