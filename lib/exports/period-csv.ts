import { stringify } from "csv-stringify/sync";
import { formatNumber } from "@/lib/format";
import { AREA_CODES, type AreaCode } from "@/lib/lke/schema";

// The period dashboard as CSV for Excel in the id-ID locale: `;` separates fields because that
// locale uses the comma as decimal separator (Excel's list separator there is `;`), numbers carry
// a decimal comma, and a UTF-8 BOM makes Excel read the Indonesian text as UTF-8.

export type PeriodCsvRow = {
  unitName: string;
  stateLabel: string;
  unitTotal: number;
  /** Null before the TPI has given any value. */
  tpiTotal: number | null;
  basisLabel: string;
  predicateLabel: string;
  /** Per target: the proposal rule's headline (Menuju WBK, Menuju WBBM). */
  proposal: { WBK: string; WBBM: string };
  areaPercents: Record<AreaCode, number>;
  failing: string[];
};

export const PERIOD_CSV_HEADER = [
  "Unit kerja", "Status", "Nilai unit", "Nilai TPI", "Dasar hasil", "Predikat", "Usulan Menuju WBK", "Usulan Menuju WBBM",
  ...AREA_CODES.map((code) => `% ${code}`),
  "Syarat belum terpenuhi",
];

export const CSV_BOM = "\uFEFF";
const number = (v: number): string => formatNumber(v).replace(/\./g, "");

export function buildPeriodCsv(rows: PeriodCsvRow[]): Buffer {
  const records = rows.map((r) => [
    r.unitName, r.stateLabel, number(r.unitTotal), r.tpiTotal === null ? "" : number(r.tpiTotal), r.basisLabel, r.predicateLabel, r.proposal.WBK, r.proposal.WBBM,
    ...AREA_CODES.map((code) => number(r.areaPercents[code])),
    r.failing.join(" | "),
  ]);
  const text = stringify([PERIOD_CSV_HEADER, ...records], { delimiter: ";", record_delimiter: "\r\n", quoted_match: /[;"\r\n]/ });
  return Buffer.from(CSV_BOM + text, "utf8");
}
