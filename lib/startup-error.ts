/**
 * A failure at start-up that the person running the portal can fix: its message is
 * one line saying what is wrong and what to do, printed without a stack trace.
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StartupError";
  }
}
