import { DomainError } from "@/lib/errors";
import { formatFileSize } from "./format";

/** The HTTP statuses an evidence refusal maps to (the upload route answers with them). */
export type RefusalStatus = 400 | 403 | 404 | 413 | 415;

/**
 * An expected refusal of an evidence write or read, in Bahasa Indonesia. A DomainError, so
 * server actions show it as is; the route handlers also use its status.
 */
export class EvidenceRefusal extends DomainError {
  readonly status: RefusalStatus;

  constructor({ status, message }: { status: RefusalStatus; message: string }) {
    super(message);
    this.name = "EvidenceRefusal";
    this.status = status;
  }
}

export function tooLarge({ maxBytes }: { maxBytes: number }): EvidenceRefusal {
  return new EvidenceRefusal({ status: 413, message: `Berkas melebihi batas ukuran ${formatFileSize(maxBytes)}.` });
}
