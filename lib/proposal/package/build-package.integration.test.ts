import { randomBytes } from "node:crypto";
import { PassThrough } from "node:stream";
import JSZip from "jszip";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getSessionUser } from "@/lib/auth/session";
import { createTempStorage } from "@/lib/evidence/test-fixture";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { approveProposalRoundAction, saveProposalRoundAction, selectProposalUnitAction } from "../actions";
import { createProposalFixture } from "../test-fixture";
import { sha256Of } from "./hashing";
import { writeProposalPackage } from "./build-package";

// The package (issue 14): letters, per unit LHE, LKE and the bukti dukung index (and the files
// when asked), and a manifest whose sums match every entry, read back with an independent zip reader.
vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("@/lib/db/prisma", () => ({ getDb: () => getTestDb() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const db = () => getTestDb();
let f: Awaited<ReturnType<typeof createProposalFixture>>;
let temp: Awaited<ReturnType<typeof createTempStorage>>;

async function build(roundId: string, includeEvidence: boolean): Promise<JSZip> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => output.on("end", resolve));
  await writeProposalPackage({ db: db(), user: f.users.ADMIN, storage: temp.storage, roundId, includeEvidence, output });
  await done;
  return JSZip.loadAsync(Buffer.concat(chunks));
}

beforeEach(async () => {
  await resetDatabase();
  temp = await createTempStorage();
  f = await createProposalFixture(db());
});
afterEach(() => temp.remove());

describe("writeProposalPackage", () => {
  it("holds the letters, each unit's LHE, LKE and bukti dukung index, and a manifest every entry matches", async () => {
    vi.mocked(getSessionUser).mockResolvedValue(f.users.ADMIN);
    const saved = await saveProposalRoundAction({ periodId: f.period.id, quota: "", letterNumber: "800/1", signerName: "Bupati Uji", signerNip: "" });
    if (!saved.ok) throw new Error(saved.error);
    const roundId = saved.data.id;
    const [a, b] = [await f.unit(), await f.unit()];
    for (const u of [a, b]) expect((await selectProposalUnitAction({ roundId, unitId: u.id, target: "WBK" })).ok).toBe(true);
    vi.mocked(getSessionUser).mockResolvedValue(f.users.PIMPINAN);
    expect((await approveProposalRoundAction({ roundId, lateReason: "" })).ok).toBe(true);
    const bytes = randomBytes(300_000);
    const stored = await temp.storage.put({ content: bytes });
    await db().evidence.create({ data: { assessmentId: a.assessmentId, questionCode: "A.I.1.i.a", kind: "FILE", fileName: "sk-tim.pdf", mimeType: "application/pdf", size: stored.size, sha256: stored.sha256, uploadedById: f.users.OPERATOR.id } });
    await db().evidence.create({ data: { assessmentId: a.assessmentId, questionCode: "A.I.1.i.b", kind: "LINK", url: "https://contoh.go.id/rencana", uploadedById: f.users.OPERATOR.id } });

    const zip = await build(roundId, true);
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir).sort();
    const folderA = names.find((n) => n.includes(a.name.replace(/ /g, "-")) && n.endsWith(".csv"))!.split("/").slice(0, 2).join("/");
    expect(names).toEqual(
      expect.arrayContaining([
        `01-surat/Surat_Pengajuan_Evaluasi_${f.year}.pdf`,
        `01-surat/SPTJM_${f.year}.docx`,
        `${folderA}/indeks-bukti-dukung.csv`,
        `${folderA}/bukti-dukung/A.I.1.i.a/001-sk-tim.pdf`,
        "manifest.sha256",
      ]),
    );
    expect(names.filter((n) => n.startsWith("02-unit/") && /\/LHE-.*\.pdf$/.test(n))).toHaveLength(2);
    expect(names.filter((n) => n.startsWith("02-unit/") && /\/LKE-.*\.xlsx$/.test(n))).toHaveLength(2);
    expect(Buffer.compare(await zip.file(`${folderA}/bukti-dukung/A.I.1.i.a/001-sk-tim.pdf`)!.async("nodebuffer"), bytes)).toBe(0);
    const index = await zip.file(`${folderA}/indeks-bukti-dukung.csv`)!.async("string");
    expect(index).toContain(`A.I.1.i.a,berkas,sk-tim.pdf,,${stored.sha256},300000,bukti-dukung/A.I.1.i.a/001-sk-tim.pdf`);
    expect(index).toContain("A.I.1.i.b,tautan,,https://contoh.go.id/rencana");

    const manifest = (await zip.file("manifest.sha256")!.async("string")).trim().split("\n").map((line) => line.split("  ") as [string, string]);
    expect(manifest.map(([, path]) => path).sort()).toEqual(names.filter((n) => n !== "manifest.sha256"));
    for (const [sum, path] of manifest) expect(sha256Of(await zip.file(path)!.async("nodebuffer")), path).toBe(sum);

    const withoutFiles = await build(roundId, false);
    expect(Object.keys(withoutFiles.files).some((n) => n.includes("/bukti-dukung/"))).toBe(false);
    expect(await withoutFiles.file(`${folderA}/indeks-bukti-dukung.csv`)!.async("string")).toContain(`${stored.sha256},300000,\r\n`);
  });
});
