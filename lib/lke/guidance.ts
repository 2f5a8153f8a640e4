import type { Question } from "./schema";

// The LKE's guidance of many Ya/Tidak questions is the text of the "Ya" option again (extracted
// from the worksheet as it is). Shown under the options, it reads twice (issue 12); such guidance
// is left out, and guidance that says more is kept.

const normalise = (text: string) => text.toLowerCase().replace(/[\s.,;:]+/g, " ").trim();

export function guidanceToShow(question: Pick<Question, "guidance" | "options">): string | null {
  const guidance = question.guidance?.trim();
  if (!guidance) return null;
  const g = normalise(guidance);
  const repeats = (question.options ?? []).some((o) => {
    const text = normalise(o.text);
    return text.length > 0 && (text === g || text.includes(g) || g.includes(text) && g.length - text.length < 3);
  });
  return repeats ? null : guidance;
}
