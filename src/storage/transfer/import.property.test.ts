// The import parser against any input: random bytes, random zips, random sealed contents, and a fuzz run
// over mutated copies of a real `.papiers` file made by Papiers' own export code. Every input is either
// refused with a BackupError (a problem the screen has words for) or opened to exactly what was saved.
import { IDBFactory } from "fake-indexeddb";
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { closeDatabase } from "../database";
import { putFile } from "../files";
import { createProfile, lockNow } from "../profiles";
import { defineRecordType, getRecord, putRecord } from "../records";
import { sealBackup } from "./backupFile";
import { BackupError, exportProfile, type OpenedBackup, openProfileBackup, restoreProfile } from "./index";

const WORDS = "lune sable pomme train vélo nuage";
const Name = defineRecordType("test.name", 1, z.object({ name: z.string() }));
/** The lowest key-derivation cost a file may declare: keeps each opening short in the fuzz run. */
const ITERATIONS = 100_000;

type Outcome = { opened: OpenedBackup } | { refused: string };

/** Opens a file; a BackupError is a clean refusal, anything else fails the test. */
async function outcomeOf(bytes: Uint8Array): Promise<Outcome> {
  try {
    return { opened: await openProfileBackup(bytes, WORDS) };
  } catch (error) {
    if (error instanceof BackupError) return { refused: error.problem };
    throw error;
  }
}

let original: Uint8Array<ArrayBuffer>;
let expected: OpenedBackup;

beforeAll(async () => {
  globalThis.indexedDB = new IDBFactory();
  const id = await createProfile({ avatar: "cat", pin: "123456", iterations: 1_000 });
  await putRecord(Name, id, "me", { name: "Amina" });
  for (let n = 0; n < 3; n++) {
    const bytes = new Uint8Array(2_000).map((_, i) => (i * 31 + n) % 251);
    await putFile(id, `${id}:page:${n}`, `${id}:doc:passport`, "image/jpeg", bytes.buffer);
  }
  original = await exportProfile(id, WORDS, { iterations: ITERATIONS });
  expected = await openProfileBackup(original, WORDS);
  lockNow();
  await closeDatabase();
});
afterAll(async () => {
  lockNow();
  await closeDatabase();
});

describe("the import parser, for any input", () => {
  it("refuses any byte string with a BackupError, never another error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4_000 }), async (bytes) => {
        expect(await outcomeOf(bytes)).toHaveProperty("refused");
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a zip with any header JSON and any payload", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.uint8Array({ maxLength: 200 }), async (header, payload) => {
        const file = zipSync({ "papiers.json": strToU8(JSON.stringify(header)), "payload.bin": payload });
        expect(await outcomeOf(file)).toHaveProperty("refused");
      }),
      { numRuns: 300 },
    );
  });

  it("refuses well-sealed contents that are not a Papiers person, and opens those that are", async () => {
    const anyContents = fc.oneof(
      fc.jsonValue(),
      fc.record({
        id: fc.string({ maxLength: 8 }),
        avatar: fc.string({ maxLength: 8 }),
        exportedAt: fc.oneof(fc.integer(), fc.string()),
        records: fc.array(
          fc.record({
            kind: fc.string({ maxLength: 6 }),
            id: fc.string({ maxLength: 6 }),
            schemaVersion: fc.integer({ min: -1, max: 3 }),
            updatedAt: fc.integer(),
            json: fc.oneof(
              fc.string({ maxLength: 10 }),
              fc.jsonValue().map((v) => JSON.stringify(v)),
            ),
          }),
          { maxLength: 3 },
        ),
        files: fc.array(
          fc.record({
            key: fc.string({ maxLength: 6 }),
            ownerKey: fc.string({ maxLength: 6 }),
            mimeType: fc.constantFrom("image/jpeg", ""),
            updatedAt: fc.integer(),
            entry: fc.constantFrom("files/0.bin", "missing.bin", ""),
          }),
          { maxLength: 2 },
        ),
      }),
    );
    await fc.assert(
      fc.asyncProperty(anyContents, async (contents) => {
        const sealed = await sealBackup(
          { "profile.json": strToU8(JSON.stringify(contents)), "files/0.bin": new Uint8Array([1, 2, 3]) },
          WORDS,
          { iterations: ITERATIONS },
        );
        const outcome = await outcomeOf(sealed);
        if ("refused" in outcome) expect(outcome.refused).toBe("invalid");
        else expect(contents).toMatchObject({ id: outcome.opened.id });
      }),
      { numRuns: 25 },
    );
  });
});

describe("an import fuzz run over mutated .papiers files", () => {
  /** A mutation of the real file: flipped bits, a truncation, or inserted bytes, anywhere in it. */
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
    fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant("insert" as const),
      at: fc.nat(),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
    }),
  );

  it("rejects every mutant cleanly, or opens it to exactly the saved person", async () => {
    const tally = { refused: 0, opened: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        let bytes: Uint8Array = original.slice();
        for (const m of mutations) {
          const at = m.at % (bytes.length + 1);
          if (m.kind === "flip" && at < bytes.length) {
            bytes = bytes.slice();
            bytes[at] = (bytes[at] ?? 0) ^ (1 << m.bit);
          } else if (m.kind === "truncate") bytes = bytes.slice(0, at);
          else if (m.kind === "insert") {
            const grown = new Uint8Array(bytes.length + m.bytes.length);
            grown.set(bytes.subarray(0, at));
            grown.set(m.bytes, at);
            grown.set(bytes.subarray(at), at + m.bytes.length);
            bytes = grown;
          }
        }
        const outcome = await outcomeOf(bytes);
        if ("refused" in outcome) {
          tally.refused++;
          expect(["damaged", "invalid", "wrongPassphrase", "newer"]).toContain(outcome.refused);
        } else {
          tally.opened++;
          expect(outcome.opened).toEqual(expected);
        }
      }),
      { numRuns: 400 },
    );
    expect(tally.refused).toBeGreaterThan(0);
  }, 120_000);

  it("imports the untouched file to the same person, readable on this phone", async () => {
    globalThis.indexedDB = new IDBFactory();
    const id = await restoreProfile(await openProfileBackup(original, WORDS), {
      pin: "654321",
      replaceExisting: false,
      iterations: 1_000,
    });
    expect(await getRecord(Name, id, "me")).toEqual({ name: "Amina" });
  });
});
