import { describeForProposal } from "@/lib/eligibility/proposal-fixture";
import { answerAllBest, openPeriodFor } from "./assessment-fixture";
import { expect, signInByApi, test } from "./fixtures";

// Issue 10: who may be proposed to TPN. The ketua finalizes a PTSP unit while the instansi's SPIP
// is still at level 2 (Tabel 5 unmet); PermenPAN-RB 5/2024 page 5 lets a Pemda's PTSP unit through
// the affirmation route, and the leaders' dashboard shows it as ready that way. A unit whose
// predicate was revoked is shown locked, with the day it may be proposed again (90/2021 p. 63–64).

test("ketua memfinalkan unit PTSP dengan syarat instansi belum terpenuhi; pimpinan melihatnya siap lewat jalur afirmasi", async ({ page, makeUser, db, browser }) => {
  test.setTimeout(120_000);
  const ptsp = await makeUser({ role: "OPERATOR" });
  const revoked = await makeUser({ role: "OPERATOR" });
  const lead = await makeUser({ role: "TPI" });
  const leader = await makeUser({ role: "PIMPINAN" });
  const { period, assessments } = await openPeriodFor(db, [ptsp.unitId!, revoked.unitId!]);
  const mine = assessments[0]!;
  for (const a of assessments) await answerAllBest(db, a.id);
  // The TPI has reviewed every question of the PTSP unit (values equal to the unit's).
  const answers = await db.answer.findMany({ where: { assessmentId: mine.id }, select: { id: true, unitValue: true } });
  for (const a of answers) await db.answer.update({ where: { id: a.id }, data: { tpiValue: a.unitValue ?? undefined } });
  await db.assessment.update({ where: { id: mine.id }, data: { state: "IN_REVIEW" } });
  await db.reviewAssignment.create({ data: { periodId: period.id, unitId: ptsp.unitId!, reviewerId: lead.id, isLead: true } });
  await describeForProposal(db, { unitId: ptsp.unitId!, periodId: period.id, year: period.year, by: lead.id, instansi: { SPIP: "2" }, unit: { serviceCategory: "PTSP" } });
  await describeForProposal(db, { unitId: revoked.unitId!, periodId: period.id, year: period.year, by: lead.id, instansi: { SPIP: "2" } });
  await db.unitPredicate.create({
    data: { unitId: revoked.unitId!, year: period.year - 2, predicate: "WBK", source: "TPN", decreeNumber: "SK MenPANRB 1/2", decreeDate: new Date(`${period.year - 2}-12-10`), revocationNumber: "SK MenPANRB 9/9", revokedOn: new Date(`${period.year - 1}-09-15`), createdById: lead.id },
  });

  await signInByApi(page, lead);
  await page.goto(`/tpi/penilaian/${mine.id}`);
  const wbk = page.getByTestId("eligibility-WBK-headline");
  await expect(wbk).toContainText("Memenuhi syarat usulan — jalur afirmasi (Tabel 5 masih dalam proses:");
  await expect(wbk).toContainText("SPIP");
  await expect(page.getByTestId("finalize-preview")).toContainText("Dokumen SPIP");
  await page.getByRole("button", { name: "Finalkan penilaian" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Finalkan" }).click();
  await expect.poll(async () => (await db.assessment.findUniqueOrThrow({ where: { id: mine.id } })).state).toBe("FINAL");
  const stored = (await db.assessment.findUniqueOrThrow({ where: { id: mine.id } })).evaluation as { result: string; eligibility: { WBK: { route: string } } };
  expect(stored).toMatchObject({ result: "WBK", eligibility: { WBK: { route: "AFIRMASI" } } });

  const leaderContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const dashboard = await leaderContext.newPage();
  await signInByApi(dashboard, leader);
  await dashboard.goto(`/dasbor?tahun=${period.year}`);
  const ready = dashboard.getByTestId("ready-list");
  await expect(ready).toContainText(ptsp.unitName!);
  await expect(ready).toContainText("jalur afirmasi");
  // The locked unit is not ready, not even as a perkiraan, and says until when.
  await expect(ready).not.toContainText(revoked.unitName!);
  await expect(dashboard.getByTestId("estimated-list")).not.toContainText(revoked.unitName!);
  const notReady = dashboard.getByTestId("not-ready-list");
  await expect(notReady).toContainText(revoked.unitName!);
  await expect(notReady.getByTestId("eligibility-lock")).toContainText(`tidak dapat diusulkan sebelum 15 September ${period.year + 1}`);

  await dashboard.goto(`/dasbor/unit/${ptsp.unitId}?tahun=${period.year}`);
  await expect(dashboard.getByTestId("eligibility-WBK-headline")).toContainText("jalur afirmasi");
  await expect(dashboard.getByTestId("eligibility-WBBM-headline")).toHaveText("Belum memenuhi");
  await leaderContext.close();
});
