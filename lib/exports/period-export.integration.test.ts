import { beforeEach, describe, expect, it } from "vitest";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { CSV_BOM, PERIOD_CSV_HEADER } from "./period-csv";
import { getPeriodCsvExport } from "./period-export";
import { createReviewedAssessment, makeUser } from "./test-fixture";

const db = getTestDb();
const TRICKY = 'Dinas "Uji"; Kesehatan';

/** RFC 4180 with `;`: enough to read back what csv-stringify wrote, independently of it. */
function parse(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ";") { row.push(field); field = ""; }
    else if (ch === "\n") { rows.push([...row, field.replace(/\r$/, "")]); row = []; field = ""; }
    else field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

function rowsOf(body: Buffer): string[][] {
  const text = body.toString("utf8");
  expect(text.startsWith(CSV_BOM)).toBe(true);
  return parse(text.slice(1));
}

describe("getPeriodCsvExport", () => {
  beforeEach(resetDatabase);

  it("writes one row per unit with a BOM, `;`, decimal commas and a quoted tricky unit name", async () => {
    const first = await createReviewedAssessment(db, { unitName: TRICKY });
    await createReviewedAssessment(db, { unitName: "Badan Pendapatan Daerah", year: first.period.year });
    const leader = await makeUser(db, "PIMPINAN");
    const file = await getPeriodCsvExport({ db, user: leader, year: first.period.year });
    if (!file || file === "forbidden") throw new Error("CSV tidak dibuat");
    expect(file.fileName).toBe(`Dasbor-ZI-${first.period.year}.csv`);
    expect(file.body.toString("utf8")).toContain('"Dinas ""Uji""; Kesehatan"');
    const [header, ...rows] = rowsOf(file.body);
    expect(header).toEqual(PERIOD_CSV_HEADER);
    expect(rows.map((r) => r[0])).toEqual(["Badan Pendapatan Daerah", TRICKY]);
    const tricky = rows[1]!;
    // Unit total 100, TPI 99,75, MP 96,875% of the TPI's score (hand-derived in test-fixture.ts).
    expect(tricky.slice(1, 4)).toEqual(["Direviu TPI", "100,00", "99,75"]);
    expect(tricky[5]).toBe("Menuju WBK");
    expect(tricky[header!.indexOf("% MP")]).toBe("96,88");
    // Toward WBBM only "already holds Menuju WBK" is missing of Tabel 6 (every area is above 75%);
    // Tabel 5 follows, none of it entered for this unit ("belum diisi", never met).
    const unmet = tricky.at(-1)!.split(" | ");
    expect(unmet[0]).toBe("Unit kerja telah mendapatkan predikat Menuju WBK: Tidak (syarat Ya)");
    expect(unmet.slice(1).every((item) => item.endsWith("(belum diisi)"))).toBe(true);
    expect(tricky[header!.indexOf("Usulan Menuju WBK")]).toBe("Belum memenuhi");
  });

  it("gives a TPI only the assigned units and refuses an operator", async () => {
    const first = await createReviewedAssessment(db, { unitName: "Dinas Satu" });
    await createReviewedAssessment(db, { unitName: "Dinas Dua", year: first.period.year });
    const file = await getPeriodCsvExport({ db, user: first.tpi, year: first.period.year });
    if (!file || file === "forbidden") throw new Error("CSV tidak dibuat");
    expect(rowsOf(file.body).slice(1).map((r) => r[0])).toEqual(["Dinas Satu"]);
    expect(await getPeriodCsvExport({ db, user: first.user, year: first.period.year })).toBe("forbidden");
    expect(await getPeriodCsvExport({ db, user: await makeUser(db, "ADMIN"), year: 1900 })).toBeNull();
  });
});
