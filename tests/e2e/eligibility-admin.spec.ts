import { expect, signInByApi, test } from "./fixtures";
import { openPeriodFor } from "./assessment-fixture";

// Issue 10's data screens: ADMIN fills the instansi profile, the period's Tabel 5 (a link and a
// file), a unit's affirmation category and pencanangan, another unit's predicate and its
// revocation, and is refused a bad date with its message; a TPI then reads the Tabel 5 values.
// The instansi row is shared by the whole e2e database: it is put back as it was at the end.

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

test("admin mengisi profil instansi, Tabel 5 periode, data unit dan register predikat; TPI membaca Tabel 5", async ({ page, makeUser, db, browser }) => {
  // Four screens, two roles, an upload: longer than one page's journey (review-cycle allows 180 s).
  test.setTimeout(120_000);
  const admin = await makeUser({ role: "ADMIN" });
  const dpmptsp = await makeUser({ role: "OPERATOR" });
  const other = await makeUser({ role: "OPERATOR" });
  const tpi = await makeUser({ role: "TPI" });
  const { period, assessments } = await openPeriodFor(db, [dpmptsp.unitId!, other.unitId!]);
  await db.assessment.update({ where: { id: assessments[0]!.id }, data: { state: "SUBMITTED", submittedAt: new Date() } });
  await db.reviewAssignment.create({ data: { periodId: period.id, unitId: dpmptsp.unitId!, reviewerId: tpi.id, isLead: true } });
  const savedInstansi = await db.instansi.findUnique({ where: { id: 1 } });
  try {
    await signInByApi(page, admin);

    await page.goto("/admin/instansi");
    await page.getByLabel("Nama instansi").fill("Pemerintah Kabupaten Uji Coba");
    await page.getByLabel("Jenis instansi").selectOption("PEMDA_KABUPATEN");
    await page.getByLabel("Nama wilayah").fill("Kabupaten Uji Coba");
    await page.getByLabel("Jabatan kepala instansi").fill("Bupati Uji Coba");
    await page.getByLabel("Zona waktu").selectOption("WIB");
    await page.getByRole("button", { name: "Simpan profil instansi" }).click();
    await expect(page.getByText("Profil instansi disimpan.")).toBeVisible();
    await expect(page.getByTestId("instansi-name")).toHaveText("Kabupaten Uji Coba");
    expect(await db.instansi.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({ name: "Pemerintah Kabupaten Uji Coba", headTitle: "Bupati Uji Coba", timeZone: "WIB" });

    await page.goto(`/admin/periods/${period.id}`);
    await page.getByRole("link", { name: "Isi prasyarat Tabel 5" }).click();
    const opini = page.getByRole("form", { name: "Opini BPK atas laporan keuangan" });
    await opini.getByLabel("Nilai").selectOption("WTP");
    await opini.getByLabel("Tanggal dokumen").fill("2026-05-20");
    await opini.getByLabel("Nama dokumen sumber").fill("LHP BPK atas LKPD Tahun 2025");
    await opini.getByLabel("Tautan dokumen").fill("https://bpk.go.id/lhp-lkpd-2025.pdf");
    await opini.getByRole("button", { name: "Simpan" }).click();
    await expect(opini.getByText("Opini BPK atas laporan keuangan disimpan.")).toBeVisible();

    const spip = page.getByRole("form", { name: "Maturitas SPIP" });
    await spip.getByLabel("Nilai").selectOption("2");
    await spip.getByLabel("Tanggal dokumen").fill("2026-11-10");
    await spip.getByLabel("Nama dokumen sumber").fill("Laporan penilaian maturitas SPIP BPKP");
    await spip.getByLabel("Berkas unggahan").check();
    await spip.getByRole("button", { name: "Simpan" }).click();
    await expect(spip.getByText("Pilih berkas dokumen sumber")).toBeVisible();
    await spip.getByLabel("Berkas dokumen").setInputFiles({ name: "Maturitas SPIP.pdf", mimeType: "application/pdf", buffer: PDF });
    await spip.getByRole("button", { name: "Simpan" }).click();
    await expect(spip.getByText("Maturitas SPIP disimpan.")).toBeVisible();
    const conditions = await db.instansiCondition.findMany({ where: { periodId: period.id }, orderBy: { key: "asc" } });
    expect(conditions.map((c) => ({ key: c.key, value: c.value, url: c.sourceUrl, file: c.fileName }))).toEqual([
      { key: "OPINI_BPK", value: "WTP", url: "https://bpk.go.id/lhp-lkpd-2025.pdf", file: null },
      { key: "SPIP", value: "2", url: null, file: "Maturitas SPIP.pdf" },
    ]);

    await page.goto(`/admin/units/${dpmptsp.unitId}`);
    const attributes = page.getByRole("form", { name: "Data Tabel 5 unit" });
    await attributes.getByLabel("Kategori layanan").selectOption("PTSP");
    await attributes.getByLabel("Layanan inti instansi").selectOption("YA");
    await attributes.getByLabel("Pencanangan menuju WBK").fill("2999-01-01");
    await attributes.getByRole("button", { name: "Simpan data Tabel 5" }).click();
    await expect(attributes.getByText("Tanggal pencanangan menuju WBK tidak boleh setelah hari ini")).toBeVisible();
    expect((await db.unit.findUniqueOrThrow({ where: { id: dpmptsp.unitId! } })).serviceCategory).toBe("LAINNYA");
    await attributes.getByLabel("Pencanangan menuju WBK").fill("2025-01-15");
    await attributes.getByRole("button", { name: "Simpan data Tabel 5" }).click();
    await expect(attributes.getByText("Data Tabel 5 unit disimpan.")).toBeVisible();
    const unit = await db.unit.findUniqueOrThrow({ where: { id: dpmptsp.unitId! } });
    expect({ category: unit.serviceCategory, core: unit.coreService, since: unit.ziSinceWbk?.toISOString().slice(0, 10) }).toEqual({ category: "PTSP", core: true, since: "2025-01-15" });

    await page.goto(`/admin/units/${other.unitId}`);
    const register = page.getByRole("region", { name: "Register predikat" });
    await expect(register.getByText("Belum ada predikat tercatat untuk unit ini.")).toBeVisible();
    await register.getByLabel("Tahun predikat").fill("2024");
    await register.getByLabel(/^Predikat/).selectOption("WBK");
    await register.getByLabel("Sumber").selectOption("TPN");
    await register.getByLabel("Nomor keputusan").fill("KEP-MENPANRB/2024/ZI-88");
    await register.getByLabel("Tanggal keputusan").fill("2024-12-10");
    await register.getByRole("button", { name: "Catat predikat" }).click();
    await expect(register.getByTestId("predicate-entry")).toContainText("Menuju WBK 2024");
    await register.getByText("Catat pencabutan Menuju WBK 2024").click();
    const revocation = register.getByRole("form", { name: "Pencabutan Menuju WBK 2024" });
    await revocation.getByLabel("Nomor keputusan pencabutan").fill("KEP-MENPANRB/2025/PZI-3");
    await revocation.getByLabel("Tanggal pencabutan").fill("2024-12-01");
    await revocation.getByRole("button", { name: "Simpan pencabutan" }).click();
    await expect(revocation.getByText("Tanggal pencabutan tidak boleh sebelum tanggal keputusan predikat (10 Desember 2024)")).toBeVisible();
    await revocation.getByLabel("Tanggal pencabutan").fill("2025-09-01");
    await revocation.getByRole("button", { name: "Simpan pencabutan" }).click();
    await expect(register.getByTestId("predicate-entry")).toContainText("Dicabut dengan keputusan KEP-MENPANRB/2025/PZI-3, 1 September 2025");
    const predicate = await db.unitPredicate.findFirstOrThrow({ where: { unitId: other.unitId! } });
    expect({ number: predicate.revocationNumber, on: predicate.revokedOn?.toISOString().slice(0, 10) }).toEqual({ number: "KEP-MENPANRB/2025/PZI-3", on: "2025-09-01" });

    const tpiContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const tpiPage = await tpiContext.newPage();
    await signInByApi(tpiPage, tpi);
    await tpiPage.goto(`/tpi/penilaian/${assessments[0]!.id}`);
    const panel = tpiPage.getByTestId("instansi-conditions");
    await expect(panel.getByTestId("condition-OPINI_BPK")).toContainText("WTP — LHP BPK atas LKPD Tahun 2025, 20 Mei 2026");
    await expect(panel.getByTestId("condition-SPIP")).toContainText("Level 2");
    await expect(panel.getByTestId("condition-SAKIP")).toHaveText("belum diisi");
    await expect(panel.getByRole("button")).toHaveCount(0);
    const file = await tpiPage.request.get(`/api/tabel5/${conditions[1]!.id}`);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toBe("application/pdf");
    await tpiPage.goto(`/admin/periods/${period.id}/tabel5`);
    await expect(tpiPage).toHaveURL(/akses-ditolak/);
    await tpiContext.close();
  } finally {
    if (savedInstansi) await db.instansi.update({ where: { id: 1 }, data: savedInstansi });
    else await db.instansi.deleteMany({ where: { id: 1 } });
  }
});
