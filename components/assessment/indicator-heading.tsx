import type { ReactNode } from "react";
import type { Indicator } from "@/lib/lke/schema";

type Props = { indicator: Indicator; partName: string | null; scores: ReactNode };

/** The heading of one indicator on an area page (unit and TPI alike), with the part above its first indicator. */
export function IndicatorHeading({ indicator, partName, scores }: Props) {
  return (
    <>
      {partName && <h2 className="text-sm font-semibold uppercase tracking-wide text-brand-700">{partName}</h2>}
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`ind-${indicator.code}`} className="text-lg font-semibold">
          {indicator.groupName ? `${indicator.groupName} — ` : ""}{indicator.name}
        </h3>
        {scores}
      </div>
    </>
  );
}
