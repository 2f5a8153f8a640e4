import { describe, expect, it, vi } from "vitest";
import type { UseFormSetError } from "react-hook-form";
import { applyServerFieldErrors } from "./form-errors";

type Values = { nip: string; email: string };

describe("applyServerFieldErrors", () => {
  it("puts each known field's messages on the field, focusing only the first", () => {
    const setError = vi.fn<UseFormSetError<Values>>();
    const unplaced = applyServerFieldErrors<Values>(setError, { nip: ["NIP sudah terdaftar"], email: ["E-mail tidak valid", "terlalu panjang"] }, ["nip", "email"]);
    expect(unplaced).toEqual([]);
    expect(setError.mock.calls).toEqual([
      ["nip", { type: "server", message: "NIP sudah terdaftar" }, { shouldFocus: true }],
      ["email", { type: "server", message: "E-mail tidak valid terlalu panjang" }, { shouldFocus: false }],
    ]);
  });

  it("returns the messages of fields the form does not have, and skips empty ones", () => {
    const setError = vi.fn<UseFormSetError<Values>>();
    expect(applyServerFieldErrors<Values>(setError, { id: ["Data tidak dikenal"], nip: [], email: undefined }, ["nip", "email"])).toEqual(["Data tidak dikenal"]);
    expect(setError).not.toHaveBeenCalled();
    expect(applyServerFieldErrors<Values>(setError, undefined, ["nip"])).toEqual([]);
  });
});
