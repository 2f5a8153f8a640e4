import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import { dateInZone } from "@/lib/instansi/time-zone";
import { ELIGIBLE, INELIGIBLE, storedEvaluation } from "@/lib/proposal/evaluation-fixture";
import { expect, signInByApi, test } from "./fixtures";

// Issue 14's journey: ADMIN builds the round (an ineligible unit cannot be picked and says why),
// the Bupati sees the countdown and approves, ADMIN has the package built by the job queue and
// downloads it (opened, manifest sums checked), records every TPN stage and the decree, the unit
// page shows the predicate; a PMPZI API key answers until ADMIN revokes it, then gets 401.

test("usulan ke TPN: admin menyusun, Bupati menyetujui, paket diunduh, tahap TPN dan keputusan dicatat, kunci API dicabut", async ({ page, browser, makeUser, db }) => {
  test.setTimeout(240_000);
  const admin = await makeUser({ role: "ADMIN" });
  const bupati = await makeUser({ role: "PIMPINAN" });
  const good = await makeUser({ role: "OPERATOR" });
  const weak = await makeUser({ role: "OPERATOR" });
  const today = dateInZone(new Date(), "WIB");
  const thisYear = Number(today.slice(0, 4));
  // A decree is dated in its predicate's year and not after today: the period is this year or, when
  // another test holds it, the latest free year before; its deadline is the end of this year.
  let year = thisYear;
  while (await db.period.findUnique({ where: { year } })) year -= 1;
  const period = await db.period.create({ data: { year, name: `Evaluasi ZI Tahun ${year}`, lkeVersionId: "pm90-2021", deadline: new Date(), proposalDeadline: new Date(`${thisYear}-12-31T00:00:00Z`) } });
  const goodAssessment = await db.assessment.create({ data: { periodId: period.id, unitId: good.unitId!, state: "FINAL", finalizedAt: new Date(), evaluation: storedEvaluation(ELIGIBLE) } });
  await db.assessment.create({ data: { periodId: period.id, unitId: weak.unitId!, state: "FINAL", finalizedAt: new Date(), evaluation: storedEvaluation(INELIGIBLE) } });
  await db.evidence.create({ data: { assessmentId: goodAssessment.id, questionCode: "A.I.1.i.a", kind: "LINK", url: "https://contoh.go.id/sk-tim-zi.pdf", uploadedById: good.id } });

  // ADMIN builds the round.
  await signInByApi(page, admin);
  await page.goto(`/admin/usulan/${period.id}`);
  await expect(page.getByTestId("proposal-status")).toContainText("Usulan untuk periode ini belum dibuat.");
  await page.getByLabel("Kuota unit (kosong: tanpa kuota)").fill("2");
  await page.getByLabel("Nomor Surat Pengajuan Evaluasi").fill(`800/77-Org/${year}`);
  await page.getByLabel("Nama penanda tangan (pimpinan instansi)").fill("Bupati Uji Coba");
  await page.getByRole("button", { name: "Buat usulan ke TPN" }).click();
  await expect(page.getByText("Menunggu persetujuan pimpinan: 0 unit dipilih dari kuota 2.")).toBeVisible();
  const weakCandidate = page.getByTestId("candidate").filter({ hasText: weak.unitName! });
  await expect(weakCandidate.getByText(`${weak.unitName} tidak memenuhi syarat usulan Menuju WBK`)).toBeVisible();
  await expect(weakCandidate.getByRole("button")).toHaveCount(0);
  await page.getByTestId("candidate").filter({ hasText: good.unitName! }).getByRole("button", { name: "Pilih Menuju WBK" }).click();
  await expect(page.getByTestId("proposed-unit").filter({ hasText: good.unitName! })).toBeVisible();
  const round = await db.proposalRound.findUniqueOrThrow({ where: { periodId: period.id }, include: { units: true } });
  expect(round).toMatchObject({ status: "DRAFT", quota: 2, units: [{ unitId: good.unitId, target: "WBK", route: "REGULER" }] });

  // The Bupati sees the countdown on the dashboard and approves.
  const leader = await browser.newPage();
  await signInByApi(leader, bupati);
  await leader.goto(`/pimpinan?tahun=${year}`);
  await expect(leader.getByTestId("proposal-countdown")).toContainText("Batas pengusulan ke TPN");
  await expect(leader.getByTestId("proposal-countdown")).toContainText("1 unit menunggu persetujuan pimpinan.");
  await leader.getByTestId("proposal-countdown").getByRole("link", { name: "Buka usulan" }).click();
  await leader.getByRole("button", { name: "Setujui usulan ke TPN" }).click();
  await expect(leader.getByTestId("proposal-status")).toContainText(`Disetujui ${bupati.name}`);
  expect(await db.proposalRound.findUniqueOrThrow({ where: { id: round.id } })).toMatchObject({ status: "APPROVED", late: false, approvedById: bupati.id });
  await leader.close();

  // ADMIN asks for the package; a job of the queue builds it while the page shows its progress,
  // then the page offers the stored zip (opened, manifest sums checked).
  await page.reload();
  await page.getByRole("button", { name: "Buat paket usulan (.zip)" }).click();
  const row = page.getByTestId("package-row");
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute("data-status", "READY", { timeout: 60_000 });
  const stored = await db.proposalPackage.findFirstOrThrow({ where: { roundId: round.id } });
  expect(stored).toMatchObject({ status: "READY", includeEvidence: false, requestedById: admin.id, error: null });
  expect(await db.auditEvent.count({ where: { action: "proposal.request_package", entityId: stored.id } })).toBe(1);
  const downloading = page.waitForEvent("download");
  await row.getByRole("link", { name: /Unduh paket/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`Paket_Usulan_TPN_${year}.zip`);
  const bytes = await readFile((await download.path())!);
  expect(createHash("sha256").update(bytes).digest("hex")).toBe(stored.sha256);
  const zip = await JSZip.loadAsync(bytes);
  const manifest = (await zip.file("manifest.sha256")!.async("string")).trim().split("\n").map((line) => line.split("  ") as [string, string]);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir && n !== "manifest.sha256").sort();
  expect(manifest.map(([, name]) => name).sort()).toEqual(names);
  for (const [sum, name] of manifest) expect(createHash("sha256").update(await zip.file(name)!.async("nodebuffer")).digest("hex"), name).toBe(sum);
  expect(names).toEqual(expect.arrayContaining([`01-surat/Surat_Pengajuan_Evaluasi_${year}.pdf`, `01-surat/SPTJM_${year}.docx`]));
  expect(names.filter((n) => /^02-unit\/01-.*\/(LHE-.*\.pdf|LKE-.*\.xlsx|indeks-bukti-dukung\.csv)$/.test(n))).toHaveLength(3);

  // ADMIN records TPN's stages and the decree.
  const unitRow = page.getByTestId("proposed-unit").filter({ hasText: good.unitName! });
  const stages = ["Seleksi administrasi", "Pra-evaluasi", "Desk evaluasi", "Evaluasi lapangan", "Clearance dan panel", "Keputusan Menteri"];
  for (const [i, stage] of stages.entries()) {
    await unitRow.getByText(`Catat tahap TPN untuk ${good.unitName}`).click();
    const form = page.getByRole("form", { name: `Tahap TPN ${good.unitName}` });
    await expect(form.getByLabel("Tahap").locator("option:checked")).toHaveText(stage);
    if (stage === "Keputusan Menteri") await form.getByLabel("Nomor Keputusan Menteri").fill(`KEP-MENPANRB/${year}/123`);
    await form.getByRole("button", { name: "Simpan tahap" }).click();
    await expect(unitRow.getByTestId("tpn-stage")).toHaveCount(i + 1);
  }
  await expect(unitRow.getByText(`Predikat ditetapkan: KEP-MENPANRB/${year}/123`)).toBeVisible();
  expect(await db.unitPredicate.findMany({ where: { unitId: good.unitId! } })).toMatchObject([{ year, predicate: "WBK", source: "TPN", decreeNumber: `KEP-MENPANRB/${year}/123` }]);

  // The unit page shows the predicate.
  await page.goto(`/dasbor/unit/${good.unitId}?tahun=${year}`);
  await expect(page.getByTestId("predicate-entry").filter({ hasText: `Menuju WBK ${year}` })).toContainText(`KEP-MENPANRB/${year}/123`);
  await expect(page.getByTestId("unit-proposal")).toContainText("Keputusan Menteri");
  await expect(page.getByTestId("unit-proposal")).toContainText("Predikat ditetapkan");

  // An operator reaches neither the proposal's pages nor its package.
  const operator = await browser.newPage();
  await signInByApi(operator, good);
  expect((await operator.request.get(`/api/usulan/${round.id}/paket`)).status()).toBe(403);
  expect((await operator.request.get(`/api/usulan/${round.id}/paket/${stored.id}`)).status()).toBe(403);
  await operator.goto(`/admin/usulan/${period.id}`);
  await expect(operator).toHaveURL(/\/akses-ditolak/);
  await operator.close();

  // A PMPZI key answers until it is revoked; then 401 with a JSON message in Bahasa Indonesia.
  await page.goto("/admin/pmpzi");
  await page.getByLabel("Nama (pemakai kunci)").fill("Kanal PMPZI uji");
  await page.getByLabel("Periode").selectOption(period.id);
  await page.getByRole("button", { name: "Buat kunci" }).click();
  const key = (await page.getByTestId("new-api-key").textContent())!.trim();
  const api = (k: string) => page.request.get(`/api/pmpzi/v1/${year}?format=json`, { headers: { authorization: `Bearer ${k}` } });
  const ok = await api(key);
  expect(ok.status()).toBe(200);
  expect((await ok.json()).units.map((u: { unitName: string }) => u.unitName)).toContain(good.unitName);
  await page.getByTestId("api-key").filter({ hasText: "Kanal PMPZI uji" }).getByRole("button", { name: "Cabut kunci Kanal PMPZI uji" }).click();
  await expect(page.getByTestId("api-key").filter({ hasText: "Kanal PMPZI uji" }).getByText("Dicabut")).toBeVisible();
  const refused = await api(key);
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toEqual({ error: "Kunci API ini sudah dicabut." });
});
