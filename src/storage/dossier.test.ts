import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NO_ANSWERS } from "@/domain";
import { storePlainFor } from "../../tests/storePlainFor";
import { activeProfileId, LOCAL_PROFILE_ID } from "./activeProfile";
import { closeDatabase } from "./database";
import { loadAnswers, loadDocumentStatuses, saveAnswers, saveDocumentStatus } from "./dossier";

storePlainFor(LOCAL_PROFILE_ID);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  activeProfileId.set(LOCAL_PROFILE_ID);
  await closeDatabase();
});

describe("the dossier records", () => {
  it("keeps the answers and statuses of each profile apart", async () => {
    expect(await loadAnswers()).toEqual(NO_ANSWERS);
    await saveAnswers({ need: "renewal", reasons: [{ ground: "studies" }] });
    await saveDocumentStatus("passport", "have");
    activeProfileId.set("someone-else");
    expect(await loadAnswers()).toEqual(NO_ANSWERS);
    expect(await loadDocumentStatuses()).toEqual({});
    activeProfileId.set(LOCAL_PROFILE_ID);
    expect((await loadAnswers()).need).toBe("renewal");
    expect(await loadDocumentStatuses()).toEqual({ passport: "have" });
  });

  it("goes back to missing, and refuses a status that does not exist", async () => {
    await saveDocumentStatus("lease", "notConcerned");
    await saveDocumentStatus("lease", "missing");
    expect(await loadDocumentStatuses()).toEqual({});
    // @ts-expect-error: a bad status from a buggy caller is refused by the schema
    await expect(saveDocumentStatus("lease", "lost")).rejects.toThrow();
  });
});
