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
  eligibility?: Record<"WBK" | "WBBM", { eligible: boolean; route: string | null; tabel6: string[]; tabel5: { level: string; condition: string; state: string }[]; lockedUntil: string | null }>;
};

// Each case starts tsx in a child process: seconds on a machine shared by several test runs.
describe("npm run score", { timeout: 120_000 }, () => {
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
  });

  // Who may be proposed to TPN (issue 10): Tabel 5 of PermenPAN-RB 5/2024 page 4, the affirmation
  // route of page 5, evaluasi mandiri of page 7, the revocation lock of 90/2021 pages 63–64.
  it("proposes a Pemda's PTSP at the WBK boundary through the affirmation route while Tabel 5 is in process", () => {
    const { status, stdout, stderr } = run(fixture("eligibility-afirmasi.json"));
    expect(stderr).toEqual([]);
    expect(status).toBe(0);
    const output = JSON.parse(stdout) as Output;
    expect(output).toMatchObject({ total: 75, predicate: "WBK" });
    // Opini WDP, follow-up 99.99%, LHKASN unanswered in the LKE.
    expect(output.eligibility?.WBK).toEqual({
      eligible: true, route: "AFIRMASI", tabel6: [], lockedUntil: null,
      tabel5: [
        { level: "INSTANSI", condition: "opiniBpk", state: "UNMET" },
        { level: "UNIT", condition: "followUp", state: "UNMET" },
        { level: "UNIT", condition: "lhkpnLhkasn", state: "MISSING" },
      ],
    });
    // No WBK held, 75 < 85: WBBM's Tabel 6 fails, so affirmation cannot help.
    expect(output.eligibility?.WBBM).toMatchObject({ eligible: false, route: null, lockedUntil: null });
    expect(output.eligibility?.WBBM.tabel6).toEqual([
      "totalMin", "pengungkitMin", "areaMinPercent:TL", "areaMinPercent:SDM", "areaMinPercent:PW",
      "bersihAkuntabelMin", "kinerjaLebihBaikMin", "pelayananPrimaMin", "requiresWbk",
    ]);
  });

  it("proposes a unit meeting everything through the reguler route, WBBM on a Menuju WBK from evaluasi mandiri, on the default LKE", () => {
    const { status, stdout, stderr } = run(fixture("eligibility-reguler.json"));
    expect(stderr).toEqual([]);
    expect(status).toBe(0);
    const output = JSON.parse(stdout) as Output;
    expect(output).toMatchObject({ total: 100, predicate: "WBBM" });
    const reguler = { eligible: true, route: "REGULER", tabel6: [], tabel5: [], lockedUntil: null };
    expect(output.eligibility).toEqual({ WBK: reguler, WBBM: reguler });
  });

  it("locks a unit whose predicate was revoked until two years after the revocation", () => {
    const { status, stdout } = run(fixture("eligibility-locked.json"));
    expect(status).toBe(0);
    const output = JSON.parse(stdout) as Output;
    expect(output.eligibility?.WBK).toEqual({ eligible: false, route: null, tabel6: [], tabel5: [], lockedUntil: "2027-06-10" });
    expect(output.eligibility?.WBBM).toEqual({ eligible: false, route: null, tabel6: ["requiresWbk"], tabel5: [], lockedUntil: "2027-06-10" });
  });

  it("refuses bad eligibility facts with exit code 2, naming each field", () => {
    const { status, stdout, stderr } = run(fixture("eligibility-invalid.json"));
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toEqual([
      'Pertanyaan A.I.1.i.a: pilihan "A" tidak sah untuk skala YA_TIDAK; pilihan yang sah: YA, TIDAK',
      'Kunci "holdsWbk" tidak boleh dipakai bersama "eligibility": predikat Menuju WBK dibaca dari eligibility.unit.predicates',
      'eligibility.instansi.sakip harus salah satu dari "AA", "A", "BB", "B", "CC", "C", "D", atau null',
      "eligibility.instansi.spipLevel harus bilangan bulat antara 1 dan 5, atau null",
      'eligibility.unit.serviceCategory harus salah satu dari "RSUD", "DUKCAPIL", "SAMSAT", "PTSP", "PENDIDIKAN", "KETENAGAKERJAAN", "LAINNYA"',
      "eligibility.unit.followUpPercent harus antara 0 dan 100, atau null",
      "eligibility.unit.ziSinceWbk tidak boleh sesudah tanggal usulan asOf (2026-03-01)",
      "eligibility.unit.predicates[0].revokedOn tidak boleh sebelum tahun predikatnya (2025)",
    ]);
  });
});
