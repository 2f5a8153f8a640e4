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
        'Kunci "holdsWBK" tidak dikenal; yang diterima: lke, answers, holdsWbk',
        'Kunci "extra" tidak dikenal; yang diterima: lke, answers, holdsWbk',
      ],
    });
    expect(scoreRequest({ lke: 90, answers: {}, holdsWbk: "ya" })).toEqual({
      ok: false,
      problems: ['Kunci "lke" wajib berupa id versi LKE, mis. "pm90-2021"', 'Kunci "holdsWbk" harus true atau false'],
    });
    expect(scoreRequest([1, 2])).toMatchObject({ ok: false, problems: [expect.stringContaining("harus berupa objek")] });
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
