import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Runs the real command line (scripts/score.ts through tsx) on fixture files.
const root = new URL("..", import.meta.url).pathname;
const tsx = join(root, "node_modules/tsx/dist/cli.mjs");
const fixture = (name: string) => join(root, "tests/fixtures/score", name);

function run(...args: string[]) {
  const child = spawnSync(process.execPath, [tsx, "scripts/score.ts", ...args], { cwd: root, encoding: "utf8" });
  const stderr = child.stderr.split("\n").filter((line) => line !== "");
  return { status: child.status, stdout: child.stdout, stderr };
}

type Output = {
  total: number;
  pengungkit: number;
  hasil: number;
  areas: Record<string, { score: number; percent: number }>;
  completeness: { answered: number; total: number };
  predicate: string | null;
  checks: Record<"WBK" | "WBBM", { rule: string; actual: number | boolean; required: number | boolean; pass: boolean }[]>;
  gaps: { question: string; gain: number }[];
};

describe("npm run score", () => {
  it("prints the score of a unit exactly at the WBK boundary", () => {
    const { status, stdout, stderr } = run(fixture("wbk-boundary.json"));
    expect(stderr).toEqual([]);
    expect(status).toBe(0);
    const output = JSON.parse(stdout) as Output;
    // Worked out in lib/scoring/tabel6-checks.test.ts: 42.75 + 32.25 = 75.
    expect(output).toMatchObject({ total: 75, pengungkit: 42.75, hasil: 32.25, predicate: "WBK" });
    expect(output.areas.MP).toMatchObject({ score: 6, percent: 75 });
    // Pemenuhan 87 + Reform 10 + Hasil 3 answered.
    expect(output.completeness).toMatchObject({ answered: 100, total: 113 });
    expect(output.checks.WBK.every((c) => c.pass)).toBe(true);
    expect(output.checks.WBBM.find((c) => c.rule === "requiresWbk")).toMatchObject({ actual: false, required: true, pass: false });
    // B.II.a.a 17.5 × (1 − 0.8) = 3.5; A.II.5.ii.a unanswered 3; B.I.b.a 5 × 0.5 = 2.5; A.II.3.iii.a and
    // A.II.4.i.a unanswered 2 each; B.I.a.a 17.5 × 0.1 = 1.75. All gains add up to 100 − 75.
    expect(output.gaps.slice(0, 6)).toEqual([
      { question: "B.II.a.a", gain: 3.5, value: 0.8, answered: true },
      { question: "A.II.5.ii.a", gain: 3, value: 0, answered: false },
      { question: "B.I.b.a", gain: 2.5, value: 0.5, answered: true },
      { question: "A.II.3.iii.a", gain: 2, value: 0, answered: false },
      { question: "A.II.4.i.a", gain: 2, value: 0, answered: false },
      { question: "B.I.a.a", gain: 1.75, value: 0.9, answered: true },
    ]);
    expect(output.gaps.reduce((sum, g) => sum + g.gain, 0)).toBeCloseTo(25, 9);
  });

  it("prints WBBM for a perfect unit that holds WBK", () => {
    const { status, stdout } = run(fixture("all-best-holds-wbk.json"));
    expect(status).toBe(0);
    const output = JSON.parse(stdout) as Output;
    expect(output).toMatchObject({ total: 100, predicate: "WBBM", gaps: [] });
    expect(output.checks.WBBM.find((c) => c.rule === "requiresWbk")).toMatchObject({ actual: true, pass: true });
  });

  it("refuses bad answers with exit code 2 and one line per problem", () => {
    const { status, stdout, stderr } = run(fixture("invalid-answers.json"));
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toEqual([
      'Pertanyaan A.I.1.i.a: pilihan "A" tidak sah untuk skala YA_TIDAK; pilihan yang sah: YA, TIDAK',
      "Pertanyaan A.I.1.i.b: jawaban harus berupa kode pilihan (A, B, C), bukan bilangan 1",
      'Pertanyaan A.II.1.i.a: isian "jumlah_lain" tidak dikenal; isian yang sah: jumlah_agen_perubahan, jumlah_perubahan_dibuat',
      'Pertanyaan A.II.4.i.a: isian "jumlah_sasaran_kinerja" tidak boleh negatif (-2)',
      'Pertanyaan A.II.4.i.a: isian "jumlah_sasaran_tercapai" harus bilangan bulat (1.5)',
      'Pertanyaan A.II.5.ii.a: isian "jumlah_pengaduan_harus_ditindaklanjuti" harus berupa bilangan, bukan teks "4"',
      'Pertanyaan A.II.5.ii.a: isian "jumlah_pengaduan_selesai_ditindaklanjuti" wajib diisi',
      "Pertanyaan B.I.a.a: indeks survei 4.5 di luar rentang 0–4",
      'Pertanyaan B.II.a.a: indeks survei harus berupa bilangan, bukan teks "3,2"',
      "Pertanyaan A.I.9.z: kode pertanyaan tidak dikenal dalam LKE pm90-2021",
    ]);
  });

  it("refuses an unreadable file, invalid JSON and an unknown LKE version without a stack trace", () => {
    const dir = mkdtempSync(join(tmpdir(), "score-cli-"));
    const broken = join(dir, "broken.json");
    writeFileSync(broken, '{ "lke": "pm90-2021", ');
    const unknown = join(dir, "unknown.json");
    writeFileSync(unknown, JSON.stringify({ lke: "pm99-2030", answers: {} }));

    const missing = run(join(dir, "missing.json"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toEqual([`Berkas ${join(dir, "missing.json")} tidak dapat dibaca (ENOENT)`]);

    const invalid = run(broken);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toHaveLength(1);
    expect(invalid.stderr[0]).toContain(`Berkas ${broken} bukan JSON yang sah`);

    const version = run(unknown);
    expect(version.status).toBe(2);
    expect(version.stderr).toEqual(['Versi LKE "pm99-2030" tidak dikenal; versi yang ada: pm90-2021']);

    const usage = run();
    expect(usage.status).toBe(2);
    expect(usage.stderr).toEqual(["Penggunaan: npm run --silent score -- BERKAS.json"]);

    for (const result of [missing, invalid, version, usage]) {
      expect(result.stdout).toBe("");
      expect(result.stderr.some((line) => /^\s+at /.test(line))).toBe(false);
    }
  }, 30_000);
});
