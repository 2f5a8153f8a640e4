import type { EligibilityFacts, InstansiFacts, IsoDate, UnitFacts } from "./types";

// Facts nobody has entered yet: every Tabel 5 condition reads "belum diisi", never met.

export const UNKNOWN_UNIT: UnitFacts = {
  serviceCategory: "LAINNYA", coreService: null, significantImpact: null, followUpPercent: null,
  sakipInternal: null, ziSinceWbk: null, ziSinceWbbm: null, predicates: [],
};

export const UNKNOWN_INSTANSI: InstansiFacts = { kind: "PEMDA", opiniBpk: null, sakip: null, indeksRb: null, spipLevel: null };

export const unknownFacts = (asOf: IsoDate): EligibilityFacts => ({ asOf, instansi: UNKNOWN_INSTANSI, unit: UNKNOWN_UNIT });
