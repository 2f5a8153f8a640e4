// Pieces of the autosave's retry (use-answer-autosave.ts), kept apart so the hook reads as a flow.

/** A v4 UUID for an idempotency key. crypto.randomUUID exists only on https or localhost; a portal
 * reached over plain http on an office network still has crypto.getRandomValues. */
export function newSaveKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** 1, 2, 4, 8, 16, then every 30 s: soon enough for a short outage, gentle on a server coming back. */
export function retryDelayMs(failures: number): number {
  return Math.min(30_000, 1_000 * 2 ** Math.max(0, failures - 1));
}

export type FailureReason = "offline" | "server" | "rejected";

/** Why a save failed, in words that do not blame the user's network for the server's outage. */
export function failureMessage(reason: FailureReason, retryInMs: number | null, serverMessage?: string): string {
  if (reason === "rejected") return serverMessage ?? "Jawaban ditolak server.";
  const when = retryInMs === null ? "" : ` Dicoba simpan lagi otomatis dalam ${Math.round(retryInMs / 1000)} detik.`;
  if (reason === "offline") return "Tidak ada koneksi internet. Jawaban disimpan otomatis begitu koneksi kembali.";
  return `Server atau basis data portal sedang tidak tersedia (bukan jaringan Anda).${when}`;
}
