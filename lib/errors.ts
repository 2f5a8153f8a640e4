/**
 * An expected failure the user can act on: its message (Bahasa Indonesia) is shown as is.
 * Anything else that escapes an action is logged with detail and shown generically.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const GENERIC_ERROR = "Terjadi kesalahan pada server. Silakan coba lagi; bila berulang, hubungi admin.";

export const SERVICE_UNAVAILABLE = "Server atau basis data portal sedang tidak tersedia. Silakan coba lagi sebentar lagi; bila berulang, hubungi admin.";
