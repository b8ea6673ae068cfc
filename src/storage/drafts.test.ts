import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { storePlainFor } from "../../tests/storePlainFor";
import { activeProfileId, LOCAL_PROFILE_ID } from "./activeProfile";
import { closeDatabase } from "./database";
import { defineDraft } from "./drafts";

storePlainFor(LOCAL_PROFILE_ID);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  activeProfileId.set("local");
  await closeDatabase();
});

describe("drafts", () => {
  it("keep a form's answers between steps, per profile, until cleared", async () => {
    const draft = defineDraft("permit", z.object({ kind: z.optional(z.string()) }));
    await draft.save({ kind: "titre" });
    expect(await draft.get()).toEqual({ kind: "titre" });
    activeProfileId.set("someone-else");
    expect(await draft.get()).toBeUndefined();
    activeProfileId.set("local");
    await draft.clear();
    expect(await draft.get()).toBeUndefined();
  });
});
