/**
 * A backup or restore that cannot go on, for a reason the operator can act on. The message is
 * one Indonesian sentence naming what is wrong (an archive entry, a table, the target
 * database); the command prints it without a stack trace and exits non-zero.
 */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}
