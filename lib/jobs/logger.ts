import { Logger } from "graphile-worker";

// The queue's own log lines go to the server log with a [jobs] prefix; its debug chatter does not.
export const queueLogger = new Logger(() => (level, message) => {
  if (level === "debug") return;
  (level === "error" ? console.error : level === "warning" ? console.warn : console.info)(`[jobs] ${message}`);
});
