import "server-only";
import type { Db } from "@/lib/db/create-client";
import { formatIsoDate } from "./calendar";
import type { UnitEligibilityFacts } from "./judge";
import type { ConditionKey } from "./types";

// Where each Tabel 5 condition's data comes from, as the ketua tim and the LHE name it: the
// instansi's document for the four instansi values, the unit's data kept by Bagian Organisasi,
// the TPI's values for LHKPN/LHKASN.

const INSTANSI_KEYS = { OPINI_BPK: "opiniBpk", SAKIP: "sakip", INDEKS_RB: "indeksRb", SPIP: "spip" } as const satisfies Record<string, ConditionKey>;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export async function conditionSources({ db, periodId, facts }: { db: Db; periodId: string; facts: UnitEligibilityFacts }): Promise<Partial<Record<ConditionKey, string>>> {
  const documents = await db.instansiCondition.findMany({ where: { periodId }, select: { key: true, documentName: true, documentDate: true } });
  const sources: Partial<Record<ConditionKey, string>> = {};
  for (const d of documents) sources[INSTANSI_KEYS[d.key]] = `${d.documentName}, ${formatIsoDate(isoDay(d.documentDate))}`;
  const unitData = "Data unit (Bagian Organisasi)";
  const year = facts.asOf.slice(0, 4);
  sources.coreService = facts.unit.coreService === null ? unitData : `${unitData}, dapat dikonfirmasi TPI`;
  sources.significantImpact = sources.coreService;
  sources.followUp = `${unitData}, tahun ${year}`;
  sources.sakipInternal = `${unitData}, tahun ${year}`;
  sources.ziOneYear = `Tanggal pencanangan pada data unit; dihitung sampai ${formatIsoDate(facts.asOf)}`;
  sources.lhkpnLhkasn = "Nilai TPI pertanyaan A.II.5.iii (LHKPN dan LHKASN) pada LKE ini";
  return sources;
}
