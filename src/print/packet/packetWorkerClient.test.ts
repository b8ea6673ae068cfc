import { describe, expect, it } from "vitest";
import type { PacketReply, PacketRequest } from "./messages";
import { PacketWorkerClient, type PacketWorkerLike } from "./packetWorkerClient";

/** A worker that records jobs and answers when the test says so. */
class FakeWorker implements PacketWorkerLike {
  onmessage: ((event: MessageEvent<PacketReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: Array<{ id: number; transfer: Transferable[] }> = [];
  terminated = false;
  postMessage(message: { id: number }, transfer: Transferable[]): void {
    this.received.push({ id: message.id, transfer });
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(reply: PacketReply): void {
    this.onmessage?.(new MessageEvent("message", { data: reply }));
  }
}

const request: PacketRequest = {
  type: "packet",
  input: { cover: { procedures: [], date: "27/11/2026" }, pieces: [] },
};
const result = { bytes: new Blob(["%P"]), pageCount: 2, jpegBytes: 0, problems: [] };

function setup() {
  const workers: FakeWorker[] = [];
  const client = new PacketWorkerClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  });
  return { client, workers };
}

describe("the PDF worker client", () => {
  it("moves the page bytes to the worker, reports progress, then the packet", async () => {
    const { client, workers } = setup();
    const bytes = new ArrayBuffer(8);
    const seen: string[] = [];
    const job = client.run(request, [bytes], { onProgress: (done, total) => seen.push(`${done}/${total}`) });
    expect(workers[0]?.received[0]?.transfer).toEqual([bytes]);
    workers[0]?.reply({ id: 1, progress: { done: 1, total: 2 } });
    workers[0]?.reply({ id: 1, progress: { done: 2, total: 2 } });
    workers[0]?.reply({ id: 1, ok: true, result });
    await expect(job).resolves.toEqual(result);
    expect(seen).toEqual(["1/2", "2/2"]);
  });

  it("stops the worker when the person cancels in the middle, and starts a fresh one for the next job", async () => {
    const { client, workers } = setup();
    const controller = new AbortController();
    const job = client.run(request, [], { signal: controller.signal });
    workers[0]?.reply({ id: 1, progress: { done: 3, total: 30 } });
    controller.abort();
    await expect(job).rejects.toMatchObject({ name: "AbortError" });
    expect(workers[0]?.terminated).toBe(true);
    // A late answer of the stopped job changes nothing.
    workers[0]?.reply({ id: 1, ok: true, result });
    const next = client.run(request, []);
    expect(workers).toHaveLength(2);
    workers[1]?.reply({ id: 2, ok: true, result });
    await expect(next).resolves.toEqual(result);
  });

  it("turns a worker's failure into an error for the screen", async () => {
    const { client, workers } = setup();
    const job = client.run(request, []);
    workers[0]?.reply({ id: 1, ok: false, message: "Failed to parse PDF document" });
    await expect(job).rejects.toThrow("Failed to parse PDF document");
  });
});
