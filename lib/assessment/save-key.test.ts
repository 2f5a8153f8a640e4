import { describe, expect, it } from "vitest";
import { judgeSave } from "./save-key";

const A = "6f1c2f7e-3a53-4c1e-9f7e-1d2b3c4d5e6f";
const B = "0b7a4a7c-2f1e-4d3c-8b9a-7c6d5e4f3a2b";

describe("judgeSave", () => {
  it("writes on top of the version the tab edited, also for a first answer", () => {
    expect(judgeSave(null, { expectedVersion: 0, saveKey: A })).toEqual({ kind: "write", baseVersion: 0 });
    expect(judgeSave({ version: 3, lastSaveKey: B }, { expectedVersion: 3, saveKey: A })).toEqual({ kind: "write", baseVersion: 3 });
  });

  it("answers a retry whose write is already stored with that write's version", () => {
    expect(judgeSave({ version: 4, lastSaveKey: A }, { expectedVersion: 3, saveKey: A })).toEqual({ kind: "replay", version: 4 });
  });

  it("builds on the tab's own unconfirmed write instead of calling it a conflict", () => {
    expect(judgeSave({ version: 4, lastSaveKey: A }, { expectedVersion: 3, saveKey: B, unconfirmedKeys: [A] })).toEqual({ kind: "write", baseVersion: 4 });
  });

  it("is a conflict when someone else wrote since, or a writer left no key", () => {
    expect(judgeSave({ version: 4, lastSaveKey: B }, { expectedVersion: 3, saveKey: A, unconfirmedKeys: [A] })).toEqual({ kind: "conflict" });
    expect(judgeSave({ version: 4, lastSaveKey: null }, { expectedVersion: 3, saveKey: A, unconfirmedKeys: [A] })).toEqual({ kind: "conflict" });
    expect(judgeSave({ version: 4, lastSaveKey: null }, { expectedVersion: 3 })).toEqual({ kind: "conflict" });
  });
});
