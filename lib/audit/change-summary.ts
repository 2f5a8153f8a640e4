import { STATE_LABELS } from "@/lib/format";
import { isRecord } from "./action-labels";

// A compact "before → after" of one audit event for the timeline ("B → A", "Draf → Diajukan").

const numberFormat = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 4 });
const EMPTY = "—";
const GENERIC_LIMIT = 3;

export function summariseChange(before: unknown, after: unknown): string | null {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const has = (key: string) => key in a || key in b;
  const parts: string[] = [];
  if (has("value") && !sameJson(b.value, a.value)) parts.push(`${showValue(b.value)} → ${showValue(a.value)}`);
  if (has("state") && b.state !== a.state) parts.push(`${showState(b.state)} → ${showState(a.state)}`);
  if (has("note") && (b.note ?? null) !== (a.note ?? null)) parts.push(a.note ? "catatan diubah" : "catatan dihapus");
  if (a.flag === true && b.flag !== true) parts.push("ditandai perlu perbaikan");
  if (b.flag === true && a.flag === false) parts.push("tanda perbaikan dicabut");
  const file = [a.fileName, a.url, b.fileName, b.url].find((v) => typeof v === "string");
  if (typeof file === "string") parts.push(file);
  if (parts.length === 0) parts.push(...genericDiff(b, a));
  return parts.length > 0 ? parts.join("; ") : null;
}

export function showValue(value: unknown): string {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "number") return numberFormat.format(value);
  if (typeof value === "string" || typeof value === "boolean") return value === true ? "ya" : value === false ? "tidak" : value;
  if (isRecord(value)) {
    return Object.entries(value).map(([key, v]) => `${key.replaceAll("_", " ")} ${showValue(v)}`).join(", ");
  }
  return JSON.stringify(value);
}

function showState(value: unknown): string {
  if (typeof value !== "string") return EMPTY;
  return Object.entries(STATE_LABELS).find(([state]) => state === value)?.[1] ?? value;
}

/** Scalar fields that differ, for actions without a dedicated summary (ids left out). */
function genericDiff(b: Record<string, unknown>, a: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((key) => !/id$/i.test(key));
  const scalar = (v: unknown) => v === undefined || v === null || typeof v !== "object";
  return keys
    .filter((key) => scalar(b[key]) && scalar(a[key]) && b[key] !== a[key])
    .slice(0, GENERIC_LIMIT)
    .map((key) => (key in b ? `${key}: ${showValue(b[key])} → ${showValue(a[key])}` : `${key}: ${showValue(a[key])}`));
}

function sameJson(x: unknown, y: unknown): boolean {
  return JSON.stringify(x ?? null) === JSON.stringify(y ?? null);
}
