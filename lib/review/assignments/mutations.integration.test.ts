import { beforeEach, describe, expect, it } from "vitest";
import { attempt, auditTrail } from "@/lib/admin/test-support";
import { createAssessmentFixture } from "@/tests/support/assessment-fixture";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { createReviewer } from "../test-support";
import { createAssignment, deleteAssignment, setAssignmentLead } from "./mutations";
import { AssignmentCreateSchema, AssignmentIdSchema } from "./schemas";

let actorId: string;
const db = () => getTestDb();
const create = (raw: unknown) => attempt(AssignmentCreateSchema, (input) => createAssignment({ db: db(), actorId, input }), raw);
const lead = (id: string) => attempt(AssignmentIdSchema, (input) => setAssignmentLead({ db: db(), actorId, input }), { id });
const remove = (id: string) => attempt(AssignmentIdSchema, (input) => deleteAssignment({ db: db(), actorId, input }), { id });
const leads = async (periodId: string, unitId: string) =>
  (await db().reviewAssignment.findMany({ where: { periodId, unitId, isLead: true }, select: { reviewerId: true } })).map((r) => r.reviewerId);

beforeEach(async () => {
  await resetDatabase();
  actorId = (await db().user.create({ data: { name: "Admin", role: "ADMIN", email: "admin@serang.test", passwordHash: "x" } })).id;
});

describe("TPI assignments", () => {
  it("assigns reviewers; a new ketua tim unsets the old one in the same step; every change is audited", async () => {
    const { period, unit } = await createAssessmentFixture(db());
    const [ani, budi] = [await createReviewer(db(), "Ani"), await createReviewer(db(), "Budi")];
    const first = await create({ periodId: period.id, unitId: unit.id, reviewerId: ani.id, isLead: true });
    const second = await create({ periodId: period.id, unitId: unit.id, reviewerId: budi.id, isLead: true });
    if (!first.ok || !second.ok) throw new Error("assignment failed");
    expect(await leads(period.id, unit.id)).toEqual([budi.id]);
    expect(await lead(first.data.id)).toMatchObject({ ok: true });
    expect(await leads(period.id, unit.id)).toEqual([ani.id]);
    expect(await remove(second.data.id)).toMatchObject({ ok: true });
    expect(await db().reviewAssignment.count()).toBe(1);
    expect(await auditTrail()).toMatchObject([
      { action: "assignment.create", after: { reviewerId: ani.id, isLead: true, previousLead: null } },
      { action: "assignment.create", after: { reviewerId: budi.id, isLead: true, previousLead: ani.id } },
      { action: "assignment.lead", before: { leadReviewerId: budi.id }, after: { leadReviewerId: ani.id } },
      { action: "assignment.delete", before: { reviewerId: budi.id, isLead: false } },
    ]);
  });

  it("keeps one ketua tim when two admins name different leads at the same moment", async () => {
    const { period, unit } = await createAssessmentFixture(db());
    const ids: string[] = [];
    for (const name of ["Ani", "Budi", "Citra"]) {
      const made = await create({ periodId: period.id, unitId: unit.id, reviewerId: (await createReviewer(db(), name)).id, isLead: false });
      if (made.ok) ids.push(made.data.id);
    }
    await Promise.all(ids.map((id) => lead(id)));
    expect(await leads(period.id, unit.id)).toHaveLength(1);
  });

  it("refuses a non-TPI user, an inactive TPI, a unit not in the period, a duplicate and a closed period", async () => {
    const { period, unit, user: operator } = await createAssessmentFixture(db());
    const outsider = await db().unit.create({ data: { code: "LUAR", name: "Unit Luar", kind: "OPD" } });
    const ani = await createReviewer(db(), "Ani");
    const retired = await createReviewer(db(), "Pensiun");
    await db().user.update({ where: { id: retired.id }, data: { active: false } });
    const form = (extra: Record<string, unknown>) => ({ periodId: period.id, unitId: unit.id, reviewerId: ani.id, isLead: false, ...extra });
    expect(await create(form({ reviewerId: operator.id }))).toMatchObject({ ok: false, fieldErrors: { reviewerId: [expect.stringContaining("peran TPI")] } });
    expect(await create(form({ reviewerId: retired.id }))).toMatchObject({ ok: false, fieldErrors: { reviewerId: [expect.stringContaining("peran TPI")] } });
    expect(await create(form({ unitId: outsider.id }))).toMatchObject({ ok: false, fieldErrors: { unitId: [expect.stringContaining("bukan peserta")] } });
    expect(await create(form({ reviewerId: "" }))).toMatchObject({ ok: false, fieldErrors: { reviewerId: ["Pilih anggota TPI"] } });
    expect(await create(form({}))).toMatchObject({ ok: true });
    expect(await create(form({ isLead: true }))).toMatchObject({ ok: false, fieldErrors: { reviewerId: [expect.stringContaining("sudah ditugaskan")] } });
    await db().period.update({ where: { id: period.id }, data: { status: "CLOSED" } });
    const budi = await createReviewer(db(), "Budi");
    expect(await create(form({ reviewerId: budi.id }))).toMatchObject({ ok: false, error: expect.stringContaining("sudah ditutup") });
    expect(await db().reviewAssignment.findMany({ select: { reviewerId: true, isLead: true } })).toEqual([{ reviewerId: ani.id, isLead: false }]);
    expect((await auditTrail()).map((e) => e.action)).toEqual(["assignment.create"]);
  });
});
