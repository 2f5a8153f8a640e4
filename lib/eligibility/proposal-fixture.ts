import type { Db } from "@/lib/db/create-client";
import type { Grade, InstansiConditionKey, ServiceCategory } from "@/lib/db/generated/enums";

// For integration tests of the proposal rule's screens and finalize: an instansi whose Tabel 5
// values for a period are all met (WTP, SAKIP BB, Indeks RB B, SPIP 3 — enough for Menuju WBBM
// too), and a unit whose facts meet every unit condition, unless a test says otherwise.

type InstansiValues = Partial<Record<InstansiConditionKey, string | null>>;
type UnitValues = {
  serviceCategory?: ServiceCategory;
  coreService?: boolean | null;
  significantImpact?: boolean | null;
  followUpPercent?: number | null;
  sakipInternal?: Grade | null;
  ziSince?: Date | null;
};

export type ProposalSetup = { instansi?: InstansiValues; unit?: UnitValues };

export const ALL_MET_INSTANSI: Record<InstansiConditionKey, string> = { OPINI_BPK: "WTP", SAKIP: "BB", INDEKS_RB: "B", SPIP: "3" };

export async function describeForProposal(db: Db, { unitId, periodId, year, by, instansi = {}, unit = {} }: { unitId: string; periodId: string; year: number; by: string } & ProposalSetup) {
  await db.instansi.upsert({
    where: { id: 1 },
    // A Pemda, whatever another test left: the affirmation route depends on it.
    update: { kind: "PEMDA_KABUPATEN" },
    create: { id: 1, name: "Pemerintah Kabupaten Uji", kind: "PEMDA_KABUPATEN", regionName: "Kabupaten Uji", headTitle: "Bupati Uji", timeZone: "WIB" },
  });
  const values = { ...ALL_MET_INSTANSI, ...instansi };
  for (const [key, value] of Object.entries(values) as [InstansiConditionKey, string | null][]) {
    await db.instansiCondition.deleteMany({ where: { periodId, key } });
    if (value === null) continue;
    await db.instansiCondition.create({ data: { periodId, key, value, documentName: `Dokumen ${key}`, documentDate: new Date(`${year}-01-15`), sourceUrl: "https://contoh.go.id/dokumen", updatedById: by } });
  }
  const ziSince = unit.ziSince === undefined ? new Date(`${year - 2}-01-02`) : unit.ziSince;
  await db.unit.update({
    where: { id: unitId },
    data: {
      serviceCategory: unit.serviceCategory ?? "LAINNYA",
      coreService: unit.coreService === undefined ? true : unit.coreService,
      significantImpact: unit.significantImpact === undefined ? true : unit.significantImpact,
      ziSinceWbk: ziSince,
      ziSinceWbbm: ziSince,
    },
  });
  const fact = { sakipInternal: unit.sakipInternal === undefined ? "BB" : unit.sakipInternal, followUpPercent: unit.followUpPercent === undefined ? 100 : unit.followUpPercent };
  await db.unitYearFact.upsert({ where: { unitId_year: { unitId, year } }, update: fact, create: { unitId, year, ...fact } });
}
