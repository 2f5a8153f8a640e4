import { listQuestionEntries } from "@/lib/lke/walk";
import type { LkeVersion } from "@/lib/lke/schema";
import { getLkeVersion } from "@/lib/lke/versions";
import { DomainError } from "@/lib/errors";

const codes = new WeakMap<LkeVersion, ReadonlySet<string>>();

/** The LKE version a period uses; a period always names a shipped, validated version. */
export function lkeOf(period: { lkeVersionId: string }): LkeVersion {
  const lke = getLkeVersion(period.lkeVersionId);
  if (!lke) throw new DomainError(`Versi LKE ${period.lkeVersionId} tidak tersedia di portal ini.`);
  return lke;
}

export function questionCodesOf(lke: LkeVersion): ReadonlySet<string> {
  let set = codes.get(lke);
  if (!set) {
    set = new Set(listQuestionEntries(lke).map((e) => e.question.code));
    codes.set(lke, set);
  }
  return set;
}
