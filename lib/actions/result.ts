export type FieldErrors = Record<string, string[] | undefined>;

/**
 * retryable: an unexpected failure on the server (the database down, a bug); the same request may
 * succeed later and may even have taken effect, so autosave retries it with its idempotency key.
 */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: FieldErrors; retryable?: boolean };
