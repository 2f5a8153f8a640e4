import { describe, expect, it } from "vitest";
import { z } from "zod";
import { failureMessage, newSaveKey, retryDelayMs } from "./save-attempts";

describe("autosave retry pieces", () => {
  it("makes keys the server's z.uuid() accepts, never the same twice", () => {
    const keys = Array.from({ length: 200 }, newSaveKey);
    expect(keys.every((key) => z.uuid().safeParse(key).success)).toBe(true);
    expect(new Set(keys).size).toBe(200);
  });

  it("backs off 1, 2, 4, 8, 16 s and then waits 30 s", () => {
    expect([1, 2, 3, 4, 5, 6, 9].map(retryDelayMs)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });

  it("tells an outage of the server from a lost connection", () => {
    expect(failureMessage("server", 4_000)).toBe("Server atau basis data portal sedang tidak tersedia (bukan jaringan Anda). Dicoba simpan lagi otomatis dalam 4 detik.");
    expect(failureMessage("offline", null)).toMatch(/^Tidak ada koneksi internet\./);
    expect(failureMessage("rejected", null, "Batas waktu pengisian sudah lewat.")).toBe("Batas waktu pengisian sudah lewat.");
  });
});
