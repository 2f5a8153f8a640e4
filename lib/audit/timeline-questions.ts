import type { LkeVersion } from "@/lib/lke/schema";
import { listQuestionEntries } from "@/lib/lke/walk";
import { questionCodeOf } from "./action-labels";

type EventLike = { entityType: string; entityId: string | null; before: unknown; after: unknown };

/** The texts of the LKE questions these events name, by code (codes the LKE lacks are left out). */
export function questionTextsFor({ lke, events }: { lke: LkeVersion; events: readonly EventLike[] }): Record<string, string> {
  const codes = new Set(events.map(questionCodeOf).filter((code): code is string => code !== null));
  if (codes.size === 0) return {};
  return Object.fromEntries(
    listQuestionEntries(lke)
      .filter(({ question }) => codes.has(question.code))
      .map(({ question }) => [question.code, question.text]),
  );
}
