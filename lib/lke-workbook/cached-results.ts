import type { ScoreResult } from "@/lib/scoring/score-types";
import type { PlannedRow } from "./layout";

// The results lib/scoring computed, written beside each formula as its cached value: a reader
// that does not recalculate (or the import) sees the portal's numbers.

export type Results = (planned: PlannedRow) => number | null;

export function resultsOf(score: ScoreResult): Results {
  const questions = new Map(score.questions.map((q) => [q.code, q.answered ? q.value : 0]));
  const indicators = new Map(score.indicators.map((i) => [i.code, i.score]));
  const nodes = new Map([...score.components, ...score.parts].map((n) => [n.code, n.score]));
  return (planned) => {
    switch (planned.kind) {
      case "question": return questions.get(planned.question.code) ?? 0;
      case "indicator": return indicators.get(planned.code) ?? 0;
      case "subtotal":
        if (planned.area && planned.partRole) return score.areas[planned.area][planned.partRole];
        return nodes.get(planned.code) ?? 0;
      case "total": return score.total;
      default: return null;
    }
  };
}
