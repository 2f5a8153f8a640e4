import { describe, expect, it } from "vitest";
import { jobCronItems } from "./cron-items";

// The daily prune is scheduled in code (no ./crontab file), once a day at 19:30 UTC (02:30 WIB),
// one run at a time, with a day of backfill for a run missed while every worker was down.

const at = (hour: number, min: number) => ({ min, hour, date: 2, month: 12, dow: 3 });

describe("the queue's recurring jobs", () => {
  it("prune proposal packages daily at 19:30 UTC, one run at a time, backfilling a missed day", () => {
    const items = jobCronItems();
    expect(items.map((i) => i.task)).toEqual(["proposal-package.prune"]);
    const [prune] = items;
    expect(prune!.match(at(19, 30))).toBe(true);
    expect(prune!.match(at(19, 31))).toBe(false);
    expect(prune!.match(at(2, 30))).toBe(false);
    expect(prune!.options).toMatchObject({ backfillPeriod: 86_400_000, queueName: "proposal-package.prune", maxAttempts: 3 });
    expect(prune!.identifier).toBe("proposal-package.prune");
  });
});
