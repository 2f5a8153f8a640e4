import type { LkeVersion, Question } from "@/lib/lke/schema";
import { findQuestion, getSection, listSections } from "@/lib/lke/sections";
import { describeAnswerInline } from "@/lib/review/describe-answer";
import { STATE_LABELS } from "@/lib/format";
import { actionLabel, isRecord } from "./action-labels";

// One audit event as a sentence of the timeline (issue 12): what happened in Bahasa Indonesia,
// answers by their option labels and count labels, never a stored key or an action's code.

export type EventLike = { action: string; entityType: string; entityId: string | null; before: unknown; after: unknown };
export type EventDescription = { action: string; detail: string | null };

const hasValue = (side: unknown) => isRecord(side) && side.value !== null && side.value !== undefined;
const codesOf = (side: unknown): string[] => (isRecord(side) && Array.isArray(side.questions) ? side.questions.flatMap((q) => (typeof q === "string" ? [q] : isRecord(q) && typeof q.code === "string" ? [q.code] : [])) : []);

export function describeEvent(event: EventLike, lke: LkeVersion): EventDescription {
  const b = isRecord(event.before) ? event.before : {};
  const a = isRecord(event.after) ? event.after : {};
  switch (event.action) {
    case "answer.unit_update":
    case "answer.tpi_update": {
      const question = event.entityId ? findQuestion(lke, event.entityId) : undefined;
      const tpi = event.action === "answer.tpi_update";
      const first = !hasValue(b);
      const verb = tpi ? (first ? "memberi nilai TPI" : "mengubah nilai TPI") : first ? "menjawab" : "mengubah jawaban";
      return { action: verb, detail: answerChange(question, b, a) };
    }
    case "answer.tpi_accept_unit": {
      const count = codesOf(a).length;
      const where = a.scope === "section" ? `di area ${getSection(lke, String(a.key))?.name ?? "LKE"}` : `pada indikator ${indicatorName(lke, String(a.key))}`;
      return { action: `menerima jawaban unit untuk ${count} pertanyaan ${where}`, detail: null };
    }
    case "assessment.return": {
      const codes = codesOf(a);
      return { action: `mengembalikan LKE untuk perbaikan: ${codes.length} pertanyaan`, detail: codes.length > 0 ? codes.join(", ") : null };
    }
    case "assessment.copy_forward": {
      const year = typeof a.sourceYear === "number" ? ` dari tahun ${a.sourceYear}` : "";
      const count = typeof a.answers === "number" ? a.answers : 0;
      const files = typeof a.evidence === "number" && a.evidence > 0 ? ` dan ${a.evidence} bukti dukung` : "";
      return { action: `${actionLabel(event.action)}${year}`, detail: `${count} jawaban${files} disalin, ditandai untuk dicek ulang` };
    }
    default: {
      const known = actionLabel(event.action) !== event.action;
      // A new action still shows as an event, in words; its details are in the audit export.
      return { action: known ? actionLabel(event.action) : "mencatat perubahan", detail: stateOrFileChange(b, a) };
    }
  }
}

function answerChange(question: Question | undefined, b: Record<string, unknown>, a: Record<string, unknown>): string | null {
  const parts: string[] = [];
  const show = (value: unknown) => (question ? describeAnswerInline(question, value) : value === null || value === undefined ? "(kosong)" : "jawaban");
  if (JSON.stringify(b.value ?? null) !== JSON.stringify(a.value ?? null)) parts.push(`${show(b.value)} → ${show(a.value)}`);
  if ((b.note ?? null) !== (a.note ?? null)) parts.push(a.note ? "catatan diubah" : "catatan dihapus");
  if (a.flag === true && b.flag !== true) parts.push("ditandai perlu perbaikan");
  if (b.flag === true && a.flag === false) parts.push("tanda perlu perbaikan dicabut");
  return parts.length > 0 ? parts.join("; ") : null;
}

function stateOrFileChange(b: Record<string, unknown>, a: Record<string, unknown>): string | null {
  const state = (v: unknown) => (typeof v === "string" && v in STATE_LABELS ? STATE_LABELS[v as keyof typeof STATE_LABELS] : null);
  if (state(b.state) && state(a.state) && b.state !== a.state) return `${state(b.state)} → ${state(a.state)}`;
  if (!state(b.state) && state(a.state)) return state(a.state);
  const file = [a.fileName, a.url, b.fileName, b.url].find((v) => typeof v === "string");
  return typeof file === "string" ? file : null;
}

function indicatorName(lke: LkeVersion, code: string): string {
  for (const section of listSections(lke)) {
    const group = section.groups.find((g) => g.indicator.code === code);
    if (group) return group.indicator.groupName ? `${group.indicator.groupName} — ${group.indicator.name}` : group.indicator.name;
  }
  return code;
}
