import type { Prisma } from "@/lib/db/generated/client";
import type { InstansiConditionKey, ServiceCategory } from "@/lib/db/generated/enums";
import { dateColumn, dateInZone, endOfDayInZone } from "@/lib/instansi/time-zone";

// The demo's data for issue 10 (who may be proposed to TPN): Pemerintah Kabupaten Serang's
// profile, one open period for the coming proposal round with the instansi's Tabel 5 (three
// values met, SPIP maturity level 2 not, so the affirmation route shows), unit facts, and a
// predicate register with one WBK in force and one revoked recently. Dates follow the seeding
// day so that the demo stays current; nothing is dated after it.

type Tx = Prisma.TransactionClient;
type Ids = ReadonlyMap<string, string>;

export const DEMO_INSTANSI = {
  name: "Pemerintah Kabupaten Serang",
  kind: "PEMDA_KABUPATEN",
  regionName: "Kabupaten Serang",
  headTitle: "Bupati Serang",
  timeZone: "WIB",
} as const;

export const DEMO_SERVICE_CATEGORIES: Readonly<Record<string, ServiceCategory>> = { DISDUKCAPIL: "DUKCAPIL", "RSUD-DRAJAT": "RSUD", DPMPTSP: "PTSP" };

const DAY_MS = 86_400_000;
const DEMO_OPDS = ["DISDUKCAPIL", "DINKES", "DINDIKBUD", "DPMPTSP", "BAPENDA", "BKPSDM", "RSUD-DRAJAT"];

/** The proposal round still ahead: this year until 31 May (WIB), then next year. */
export function demoPeriodYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return today <= `${year}-05-31` ? year : year + 1;
}

const notAfter = (day: string, today: string) => (day <= today ? day : today);
const daysBefore = (today: string, days: number) => new Date(Date.parse(`${today}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);

export async function seedDemoEligibility(tx: Tx, { ids, adminId, lkeVersionId, now }: { ids: Ids; adminId: string; lkeVersionId: string; now: Date }) {
  const today = dateInZone(now, "WIB");
  const year = demoPeriodYear(today);
  const id = (code: string) => ids.get(code)!;
  await tx.instansi.create({ data: { id: 1, ...DEMO_INSTANSI } });

  for (const code of DEMO_OPDS) {
    const category = DEMO_SERVICE_CATEGORIES[code] ?? "LAINNYA";
    const service = category !== "LAINNYA";
    await tx.unit.update({
      where: { id: id(code) },
      data: {
        serviceCategory: category,
        coreService: service || code === "BAPENDA" ? true : null,
        significantImpact: service ? true : null,
        ziSinceWbk: code === "BKPSDM" ? null : dateColumn(notAfter(`${year - 2}-01-15`, today)),
        ziSinceWbbm: code === "DISDUKCAPIL" ? dateColumn(notAfter(`${year - 1}-02-01`, today)) : null,
      },
    });
  }
  await tx.unitYearFact.createMany({
    data: DEMO_OPDS.flatMap((code) => [
      { unitId: id(code), year: year - 1, sakipInternal: "B" as const, followUpPercent: 95 },
      { unitId: id(code), year, sakipInternal: code === "DISDUKCAPIL" ? ("BB" as const) : ("B" as const), followUpPercent: code === "DINKES" ? 97.5 : 100 },
    ]),
  });

  const deadlineDay = [`${year}-04-30`, daysBefore(today, -30)].sort()[1]!;
  const period = await tx.period.create({
    data: { year, name: `Evaluasi Zona Integritas Tahun ${year}`, lkeVersionId, deadline: endOfDayInZone(deadlineDay, "WIB") },
  });
  await tx.assessment.createMany({ data: DEMO_OPDS.map((code) => ({ periodId: period.id, unitId: id(code), state: "DRAFT" as const })) });

  const conditions: { key: InstansiConditionKey; value: string; documentName: string; day: string; url: string }[] = [
    { key: "OPINI_BPK", value: "WTP", documentName: `LHP BPK atas LKPD Kabupaten Serang Tahun ${year - 2}`, day: `${year - 1}-05-20`, url: "https://serangkab.go.id/dokumen/lhp-bpk-lkpd" },
    { key: "SAKIP", value: "BB", documentName: `LHE AKIP Pemerintah Kabupaten Serang Tahun ${year - 1}`, day: `${year - 1}-12-15`, url: "https://serangkab.go.id/dokumen/lhe-akip" },
    { key: "INDEKS_RB", value: "B", documentName: `Hasil Evaluasi Reformasi Birokrasi Tahun ${year - 1}`, day: `${year - 1}-12-20`, url: "https://serangkab.go.id/dokumen/indeks-rb" },
    { key: "SPIP", value: "2", documentName: `Laporan Penilaian Maturitas SPIP oleh BPKP Tahun ${year - 1}`, day: `${year - 1}-11-10`, url: "https://serangkab.go.id/dokumen/maturitas-spip" },
  ];
  await tx.instansiCondition.createMany({
    data: conditions.map((c) => ({
      periodId: period.id, key: c.key, value: c.value, documentName: c.documentName, documentDate: dateColumn(notAfter(c.day, today)), sourceUrl: c.url, updatedById: adminId,
    })),
  });

  const revokedOn = daysBefore(today, 60);
  await tx.unitPredicate.createMany({
    data: [
      { unitId: id("DISDUKCAPIL"), year: year - 2, predicate: "WBK", source: "TPN", decreeNumber: `KEP-MENPANRB/${year - 2}/ZI-117`, decreeDate: dateColumn(notAfter(`${year - 2}-12-10`, today)), createdById: adminId },
      {
        unitId: id("BAPENDA"), year: year - 3, predicate: "WBK", source: "TPN", decreeNumber: `KEP-MENPANRB/${year - 3}/ZI-204`, decreeDate: dateColumn(notAfter(`${year - 3}-12-12`, today)),
        revocationNumber: `KEP-MENPANRB/${revokedOn.slice(0, 4)}/PZI-09`, revokedOn: dateColumn(revokedOn), createdById: adminId,
      },
    ],
  });
  return { periodId: period.id, year };
}
