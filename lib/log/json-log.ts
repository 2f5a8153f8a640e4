import { format } from "node:util";

export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogEntry = { level: LogLevel; msg: string } & Record<string, unknown>;

/** Where lines go: stdout, one JSON object per line (journald, docker and log shippers read it). */
export type LineWriter = (line: string) => void;

const LEVEL_ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function createJsonLogger({ write, minLevel = "info", now = () => new Date() }: { write: LineWriter; minLevel?: LogLevel; now?: () => Date }) {
  return (entry: LogEntry) => {
    if (LEVEL_ORDER[entry.level] < LEVEL_ORDER[minLevel]) return;
    const { level, msg, ...rest } = entry;
    write(`${JSON.stringify({ time: now().toISOString(), level, msg, ...rest }, jsonSafe)}\n`);
  };
}

/** An error as fields of a log line: the server log is where its detail belongs (never a page). */
export function errorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: format("%o", error) };
  const digest = "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
  return { error: `${error.name}: ${error.message}`, digest, stack: error.stack };
}

// Next colours its own console lines ("⨯" before an error); colour codes do not belong in JSON.
const ANSI_STYLE = /\u001b\[[0-9;]*m/g;

/** console.* in production: the same arguments, as one JSON line with the console method's level. */
export function consoleAsJson(log: (entry: LogEntry) => void): void {
  const route = (level: LogLevel) => (...args: unknown[]) => {
    const error = args.find((arg): arg is Error => arg instanceof Error);
    const text = format(...args.filter((arg) => arg !== error)).replace(ANSI_STYLE, "").trim();
    log({ level, msg: text || (error?.message ?? ""), ...(error ? errorFields(error) : {}) });
  };
  console.log = route("info");
  console.info = route("info");
  console.warn = route("warn");
  console.error = route("error");
  console.debug = route("debug");
}

function jsonSafe(_key: string, value: unknown): unknown {
  return typeof value === "bigint" ? value.toString() : value;
}
