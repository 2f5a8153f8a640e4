/** One thing wrong in an LKE version or in a set of answers: where it is and why, in Bahasa Indonesia. */
export type Problem = { path: string; reason: string };

/** Numbers in messages use the Indonesian decimal comma: 7,5 rather than 7.5. */
export function formatDecimal(x: number): string {
  return String(x).replace(".", ",");
}
