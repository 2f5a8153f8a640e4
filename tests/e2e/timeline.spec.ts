import AxeBuilder from "@axe-core/playwright";
import { expect, signInByApi, test } from "./fixtures";
import { answerAllBut, openPeriodFor } from "./assessment-fixture";

// The riwayat reads as sentences (issue 12): answers by their option labels, the TPI's acceptance
// of an area in one line, and none of the portal's internal action names or stored keys.

const INTERNAL_ACTIONS = [
  "answer.unit_update", "answer.tpi_update", "answer.tpi_accept_unit", "evidence.upload", "evidence.link", "evidence.delete",
  "assessment.copy_forward", "assessment.submit", "assessment.start_review", "assessment.return", "assessment.finalize", "assessment.reopen",
  "comment.create", "comment.delete",
];
test.describe.configure({ timeout: 120_000 });

test("riwayat dalam kalimat: tanpa nama tindakan internal, dengan label pilihan", async ({ page, makeUser, db }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const operator = await makeUser({ role: "OPERATOR" });
  const tpi = await makeUser({ role: "TPI" });
  const { period, assessments } = await openPeriodFor(db, [operator.unitId!]);
  const assessmentId = assessments[0]!.id;
  await answerAllBut(db, assessmentId, ["A.I.1.i.a"]);

  await signInByApi(page, operator);
  await page.goto(`/opd/penilaian/${assessmentId}/tabel`);
  await expect(page.locator("[data-ready=true]")).toBeVisible({ timeout: 60_000 });
  await page.locator('[data-row="A.I.1.i.a"] [data-row-handle]').focus();
  await page.keyboard.press("y");
  await expect(page.getByTestId("autosave-status")).toHaveText("Semua perubahan tersimpan");
  await page.goto(`/opd/penilaian/${assessmentId}/ajukan`);
  await page.getByRole("button", { name: "Ajukan LKE ke TPI" }).click();
  await expect.poll(async () => (await db.assessment.findUniqueOrThrow({ where: { id: assessmentId } })).state).toBe("SUBMITTED");

  await db.reviewAssignment.create({ data: { periodId: period.id, unitId: operator.unitId!, reviewerId: tpi.id, isLead: true } });
  await page.context().clearCookies();
  await signInByApi(page, tpi);
  await page.goto(`/tpi/penilaian/${assessmentId}/pw`);
  await expect(page.locator("[data-ready=true]")).toBeVisible({ timeout: 60_000 });
  await page.getByRole("button", { name: /Terima semua jawaban unit di area ini \(\d+\)/ }).click();
  await expect(page.getByRole("button", { name: /Terima semua jawaban unit di area ini \(0\)/ })).toBeVisible();
  const accepted = (await db.auditEvent.findFirstOrThrow({ where: { assessmentId, action: "answer.tpi_accept_unit" } })).after as { questions: string[] };

  await page.goto(`/riwayat/${assessmentId}`);
  const list = page.getByRole("list", { name: "Riwayat perubahan, terbaru di atas" });
  await expect(list).toContainText(`menerima jawaban unit untuk ${accepted.questions.length} pertanyaan di area Penguatan Pengawasan`);
  await expect(list).toContainText("menjawab");
  await expect(list).toContainText("(kosong) → Ya");
  await expect(list).toContainText("mengajukan LKE");
  const text = await list.innerText();
  for (const action of INTERNAL_ACTIONS) expect(text, action).not.toContain(action);
  expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/); // no stored key (snake_case) either
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});
