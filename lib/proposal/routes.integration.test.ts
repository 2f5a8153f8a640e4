import { beforeEach, describe, expect, it, vi } from "vitest";
import { getSessionUser } from "@/lib/auth/session";
import type { Role } from "@/lib/db/generated/enums";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { GET as getLetter } from "@/app/api/usulan/[roundId]/[file]/route";
import { GET as listPackages } from "@/app/api/usulan/[roundId]/paket/route";
import { GET as getPackage } from "@/app/api/usulan/[roundId]/paket/[packageId]/route";
import { requestProposalPackageAction, saveProposalRoundAction, selectProposalUnitAction } from "./actions";
import { createProposalFixture } from "./test-fixture";

// The proposal's file routes check the session and the role on the server: ADMIN and PIMPINAN
// read the letters; nobody gets a package before the approval.
vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("@/lib/db/prisma", () => ({ getDb: () => getTestDb() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const db = () => getTestDb();
let f: Awaited<ReturnType<typeof createProposalFixture>>;
let roundId: string;
const as = (role: Role | null) => vi.mocked(getSessionUser).mockResolvedValue(role ? f.users[role] : null);
const letter = (file: string) => getLetter(new Request(`http://portal.test/api/usulan/${roundId}/${file}`), { params: Promise.resolve({ roundId, file }) });
const list = () => listPackages(new Request(`http://portal.test/api/usulan/${roundId}/paket`), { params: Promise.resolve({ roundId }) });
const pack = (packageId: string) => getPackage(new Request(`http://portal.test/api/usulan/${roundId}/paket/${packageId}`), { params: Promise.resolve({ roundId, packageId }) });

beforeEach(async () => {
  await resetDatabase();
  f = await createProposalFixture(db());
  as("ADMIN");
  const saved = await saveProposalRoundAction({ periodId: f.period.id, quota: "", letterNumber: "800/9", signerName: "", signerNip: "" });
  if (!saved.ok) throw new Error(saved.error);
  roundId = saved.data.id;
  const unit = await f.unit();
  expect((await selectProposalUnitAction({ roundId, unitId: unit.id, target: "WBK" })).ok).toBe(true);
});

describe("proposal file routes", () => {
  it("give the letters to ADMIN and PIMPINAN as PDF and DOCX, 403 to the others, 401 without a session", async () => {
    as("PIMPINAN");
    const pdf = await letter("surat-pengajuan.pdf");
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    as("ADMIN");
    const docx = await letter("sptjm.docx");
    expect(docx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(Buffer.from(await docx.arrayBuffer()).subarray(0, 2).toString()).toBe("PK");
    expect((await letter("lain.pdf")).status).toBe(404);
    for (const role of ["OPERATOR", "TPI"] as const) {
      as(role);
      expect((await letter("sptjm.pdf")).status).toBe(403);
      expect((await list()).status).toBe(403);
      expect((await pack(roundId)).status).toBe(403);
    }
    as(null);
    expect((await letter("sptjm.pdf")).status).toBe(401);
  });

  it("refuses to make a package before the approval, and to hand out one not yet built", async () => {
    as("ADMIN");
    expect(await requestProposalPackageAction({ roundId, includeEvidence: false })).toEqual({ ok: false, error: "Paket usulan dapat dibuat setelah usulan disetujui pimpinan." });
    expect(await db().proposalPackage.count()).toBe(0);
    const queued = await db().proposalPackage.create({ data: { roundId, includeEvidence: false, requestedById: f.users.ADMIN.id } });
    as("PIMPINAN");
    const listed = await list();
    expect(listed.status).toBe(200);
    expect((await listed.json()).packages).toMatchObject([{ id: queued.id, status: "QUEUED", includeEvidence: false }]);
    const early = await pack(queued.id);
    expect(early.status).toBe(409);
    expect(await early.text()).toBe("Paket ini belum selesai dibuat.");
    expect((await pack("00000000-0000-4000-8000-000000000009")).status).toBe(404);
  });
});
