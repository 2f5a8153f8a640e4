import { describe, expect, it } from "vitest";
import { runScoreCommand, scoreRequest } from "./score-command";

describe("scoreRequest", () => {
  it("scores a request and passes holdsWbk on", () => {
    const outcome = scoreRequest({ lke: "pm90-2021", answers: { "B.I.a.a": 4 }, holdsWbk: true });
    // B.I.a: 17.5 × 4/4 = 17.5
    expect(outcome.ok && outcome.result.total).toBe(17.5);
    expect(outcome.ok && outcome.result.checks.WBBM.at(-1)).toMatchObject({ rule: "requiresWbk", actual: true });
  });

  it("refuses a request without answers, with unknown keys or a wrong holdsWbk", () => {
    expect(scoreRequest({ lke: "pm90-2021" })).toEqual({
      ok: false, problems: ['Kunci "answers" wajib ada (objek jawaban; {} bila belum ada)'],
    });
    expect(scoreRequest({ lke: "pm90-2021", answers: {}, holdsWBK: true, extra: 1 })).toEqual({
      ok: false,
      problems: [
        'Kunci "holdsWBK" tidak dikenal; yang diterima: lke, answers, holdsWbk, eligibility',
        'Kunci "extra" tidak dikenal; yang diterima: lke, answers, holdsWbk, eligibility',
      ],
    });
    expect(scoreRequest({ lke: 90, answers: {}, holdsWbk: "ya" })).toEqual({
      ok: false,
      problems: ['Kunci "lke" wajib berupa id versi LKE, mis. "pm90-2021"', 'Kunci "holdsWbk" harus true atau false'],
    });
    expect(scoreRequest([1, 2])).toMatchObject({ ok: false, problems: [expect.stringContaining("harus berupa objek")] });
  });
});

describe("scoreRequest with eligibility (issue 10; PermenPAN-RB 5/2024 pages 4–7)", () => {
  const eligibility = {
    asOf: "2026-03-01",
    instansi: { kind: "PEMDA", opiniBpk: "WTP", sakip: "B", indeksRb: "CC", spipLevel: 3 },
    unit: {
      serviceCategory: "DUKCAPIL", coreService: true, significantImpact: true, followUpPercent: 100, sakipInternal: "B",
      ziSinceWbk: "2025-03-01", ziSinceWbbm: null,
      predicates: [{ year: 2025, predicate: "WBK", source: "MANDIRI", revokedOn: null }],
    },
  };

  it("scores the default LKE when lke is absent and leaves the output unchanged without eligibility", () => {
    const withDefault = scoreRequest({ answers: { "B.I.a.a": 4 } });
    const named = scoreRequest({ lke: "pm90-2021", answers: { "B.I.a.a": 4 } });
    expect(withDefault).toEqual(named);
    expect(withDefault.ok && Object.keys(withDefault.result)).not.toContain("eligibility");
  });

  it("reads holdsWbk from the predicates and adds the outcome per target, keys and states only", () => {
    const outcome = scoreRequest({ answers: { "B.I.a.a": 4 }, eligibility });
    if (!outcome.ok) throw new Error(outcome.problems.join("\n"));
    // A MANDIRI Menuju WBK is held on asOf: Tabel 6's last WBBM rule is met.
    expect(outcome.result.checks.WBBM.at(-1)).toMatchObject({ rule: "requiresWbk", actual: true, pass: true });
    expect(outcome.result.eligibility?.WBK).toMatchObject({ eligible: false, route: null, lockedUntil: null });
    expect(outcome.result.eligibility?.WBK.tabel6).toContain("areaMinPercent:MP");
    expect(outcome.result.eligibility?.WBK.tabel5).toEqual([{ level: "UNIT", condition: "lhkpnLhkasn", state: "MISSING" }]);
    expect(outcome.result.eligibility?.WBBM.tabel5).toEqual([
      { level: "INSTANSI", condition: "sakip", state: "UNMET" },
      { level: "INSTANSI", condition: "indeksRb", state: "UNMET" },
      { level: "UNIT", condition: "lhkpnLhkasn", state: "MISSING" },
      { level: "UNIT", condition: "ziOneYear", state: "MISSING" },
      { level: "UNIT", condition: "sakipInternal", state: "UNMET" },
    ]);
  });

  it("refuses holdsWbk beside eligibility, and reports answer and eligibility problems together", () => {
    const bad = { ...eligibility, unit: { ...eligibility.unit, followUpPercent: 101 } };
    expect(scoreRequest({ answers: { "B.I.a.a": 5 }, holdsWbk: false, eligibility: bad })).toEqual({
      ok: false,
      problems: [
        "Pertanyaan B.I.a.a: indeks survei 5 di luar rentang 0–4",
        'Kunci "holdsWbk" tidak boleh dipakai bersama "eligibility": predikat Menuju WBK dibaca dari eligibility.unit.predicates',
        "eligibility.unit.followUpPercent harus antara 0 dan 100, atau null",
      ],
    });
  });
});

describe("runScoreCommand", () => {
  it("turns a file into JSON on stdout", () => {
    const outcome = runScoreCommand({ args: ["a.json"], readFile: () => '{"lke":"pm90-2021","answers":{}}' });
    expect(outcome.exitCode).toBe(0);
    expect(JSON.parse(outcome.stdout)).toMatchObject({ total: 0, predicate: null });
  });

  it("refuses more than one file", () => {
    expect(runScoreCommand({ args: ["a.json", "b.json"], readFile: () => "{}" })).toEqual({
      exitCode: 2, stdout: "", stderr: ["Penggunaan: npm run --silent score -- BERKAS.json"],
    });
  });
});
