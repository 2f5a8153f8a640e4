import type { LkeVersion } from "@/lib/lke/schema";
import { listSections } from "@/lib/lke/sections";
import { answerText } from "./answer-text";
import type { LheBlock } from "./content-types";

// Per question, in LKE order: every question the TPI wrote a note on, flagged for revision, or
// valued differently from the unit, with both answers side by side ("–" when the TPI gave none).

type QuestionAnswer = { unitValue: unknown; tpiValue: unknown; tpiNote: string | null; tpiFlag: boolean };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function questionNoteBlocks({ lke, answers }: { lke: LkeVersion; answers: Map<string, QuestionAnswer> }): LheBlock[] {
  const blocks: LheBlock[] = [];
  for (const section of listSections(lke)) {
    for (const { questions } of section.groups) {
      for (const q of questions) {
        const a = answers.get(q.code);
        if (!a) continue;
        const note = a.tpiNote?.trim() ?? "";
        const differs = a.tpiValue != null && !same(a.unitValue, a.tpiValue);
        if (note === "" && !a.tpiFlag && !differs) continue;
        blocks.push(
          { kind: "paragraph", bold: true, text: `${q.code} — ${q.text}` },
          { kind: "paragraph", text: `Jawaban unit: ${answerText(q, a.unitValue)} · Jawaban TPI: ${answerText(q, a.tpiValue)}${a.tpiFlag ? " · perlu perbaikan" : ""}` },
        );
        if (note !== "") blocks.push({ kind: "paragraph", text: `Catatan TPI: ${note}` });
      }
    }
  }
  return blocks.length > 0 ? blocks : [{ kind: "paragraph", text: "Tidak ada catatan TPI per pertanyaan." }];
}
