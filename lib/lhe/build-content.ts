import { formatDate, formatDay, STATE_LABELS } from "@/lib/format";
import type { InstansiProfile } from "@/lib/instansi/profile";
import { listSections } from "@/lib/lke/sections";
import type { AssessmentExport } from "@/lib/exports/load-assessment";
import { summarizeResult } from "@/lib/exports/result-summary";
import { TARGET_LABELS } from "@/lib/eligibility/labels";
import { TARGETS } from "@/lib/eligibility/types";
import { conclusionBlocks } from "./content-conclusion";
import { questionNoteBlocks } from "./content-questions";
import { areaBlocks, componentBlocks, hasilBlocks, type ScoreTablesInput } from "./content-scores";
import type { LheBlock, LheContent, LheSigner } from "./content-types";
import { type LheLetter, TEAM_ROLE } from "./letter";

// The Laporan Hasil Evaluasi internal of one assessment (PermenPAN-RB 90/2021 Lampiran II Bab I
// A.2, page 42: the TPI reports to the head of the instansi whether the unit meets the criteria to
// be proposed to TPN), as data. Pure: the same input gives the same document.

export type LheInput = { data: AssessmentExport; instansi: InstansiProfile; letter: LheLetter; now: Date };

const BLANK = "……………………";
/** A DATE column (midnight UTC) as "5 Januari 2026", no zone involved. */
const calendarDay = (d: Date) => formatDay(d.toISOString().slice(0, 10));

function letterHead({ data, instansi, letter, now }: LheInput): LheBlock[] {
  const { assessment, final } = data;
  const date = letter.letterDate ?? final?.finalizedAt ?? now;
  return [{
    kind: "fields",
    rows: [
      ["Nomor", letter.number ?? BLANK],
      ["Tanggal", letter.letterDate ? calendarDay(letter.letterDate) : formatDate(date, instansi.timeZone)],
      ["Hal", `Laporan Hasil Evaluasi Pembangunan Zona Integritas ${assessment.unit.name} Tahun ${assessment.period.year}`],
      ["Kepada Yth.", `${instansi.headTitle}, di tempat`],
      ["Unit kerja", assessment.unit.name],
      ["Periode", `${assessment.period.name} (tahun ${assessment.period.year})`],
      ["Status", STATE_LABELS[assessment.state]],
    ],
  }];
}

function draftNotice(data: AssessmentExport): LheBlock[] {
  if (data.assessment.state === "FINAL") return [];
  return [{
    kind: "paragraph",
    italic: true,
    text: "DRAF — penilaian ini belum final. Nilai pada kolom bertanda \"klaim unit\" adalah penilaian mandiri unit kerja sendiri; nilai TPI bertanda \"–\" belum diberikan TPI. Dokumen ini bukan laporan hasil evaluasi yang ditandatangani.",
  }];
}

function basisBlocks({ letter, instansi }: LheInput): LheBlock[] {
  const items = [
    "Peraturan Menteri PANRB Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Instansi Pemerintah, sebagaimana diubah dengan Peraturan Menteri PANRB Nomor 5 Tahun 2024;",
    letter.basis
      ? `${letter.basis.title} Nomor ${letter.basis.number} tanggal ${calendarDay(letter.basis.date)}.`
      : `SK/surat tugas Tim Penilai Internal ${instansi.name}: belum diisi.`,
  ];
  return [{ kind: "list", items }];
}

function teamBlocks({ letter }: LheInput): LheBlock[] {
  const rows = letter.team.map((m, i) => [String(i + 1), m.name, m.nip ?? "–", TEAM_ROLE(m.isLead)]);
  if (letter.responsible) rows.unshift(["", letter.responsible.name, letter.responsible.nip ?? "–", `Penanggung Jawab${letter.responsible.title ? ` (${letter.responsible.title})` : ""}`]);
  if (rows.length === 0) return [{ kind: "paragraph", text: "Belum ada anggota TPI yang ditugaskan untuk unit ini." }];
  return [{ kind: "table", columns: [{ header: "No", share: 0.07 }, { header: "Nama", share: 0.4 }, { header: "NIP", share: 0.25 }, { header: "Peran", share: 0.28 }], rows }];
}

function tabel6Blocks(data: AssessmentExport): LheBlock[] {
  const summary = summarizeResult(data);
  const met = (target: "WBK" | "WBBM") => summary.score.checks[target].every((c) => c.pass);
  const blocks: LheBlock[] = [
    { kind: "paragraph", text: `Dasar: ${summary.basis === "final" ? "nilai TPI saat finalisasi" : summary.basis === "tpi" ? "nilai TPI sementara (belum final)" : "penilaian mandiri unit (klaim unit, belum direviu TPI)"}.` },
    { kind: "list", items: TARGETS.map((t) => `Syarat nilai Tabel 6 ${TARGET_LABELS[t]}: ${met(t) ? "terpenuhi" : "belum terpenuhi"}`) },
  ];
  if (summary.target && summary.failing.length > 0) {
    blocks.push(
      { kind: "paragraph", text: `Syarat Tabel 6 yang belum terpenuhi untuk ${TARGET_LABELS[summary.target]}:` },
      { kind: "table", columns: [{ header: "Syarat", share: 0.62 }, { header: "Capaian", share: 0.19, align: "right" }, { header: "Syarat minimal", share: 0.19, align: "right" }], rows: summary.failing.map((c) => [c.label, c.actual, c.required]) },
    );
  }
  return blocks;
}

function recommendationBlocks({ data, letter }: LheInput): LheBlock[] {
  const items = listSections(data.lke)
    .filter((s) => (letter.recommendations[s.key] ?? "").trim() !== "")
    .map((s) => `${s.area ? `${s.area} ` : ""}${s.name}: ${letter.recommendations[s.key]!.trim()}`);
  return items.length > 0 ? [{ kind: "list", items }] : [{ kind: "paragraph", text: "TPI belum menuliskan rekomendasi perbaikan." }];
}

function signers({ letter }: LheInput): LheSigner[] {
  const lead = letter.team.find((m) => m.isLead);
  const list: LheSigner[] = [{ role: "Ketua Tim Penilai Internal", title: null, name: lead?.name ?? BLANK, nip: lead?.nip ?? null }];
  if (letter.responsible) list.push({ role: "Penanggung Jawab", title: letter.responsible.title, name: letter.responsible.name, nip: letter.responsible.nip });
  return list;
}

export function buildLheContent(input: LheInput): LheContent {
  const { data, instansi } = input;
  const { assessment, lke, scores, answers } = data;
  const draft = assessment.state !== "FINAL";
  const summary = summarizeResult(data);
  const tables: ScoreTablesInput = { lke, scores, answers, side: summary.basis === "unit" ? "unit" : "tpi", draft };
  const blocks: LheBlock[] = [
    ...letterHead(input),
    ...draftNotice(data),
    { kind: "heading", text: "A. Dasar" },
    ...basisBlocks(input),
    { kind: "heading", text: "B. Tim Penilai Internal" },
    ...teamBlocks(input),
    { kind: "heading", text: "C. Nilai per area (Komponen Pengungkit)" },
    ...areaBlocks(tables),
    { kind: "heading", text: "D. Nilai per komponen" },
    ...componentBlocks(tables),
    { kind: "heading", text: "E. Rincian komponen Hasil" },
    ...hasilBlocks(tables),
    { kind: "heading", text: "F. Capaian terhadap Tabel 6 PermenPAN-RB 90/2021" },
    ...tabel6Blocks(data),
    { kind: "heading", text: "G. Rekomendasi perbaikan per area" },
    ...recommendationBlocks(input),
    { kind: "heading", text: "H. Catatan TPI per pertanyaan" },
    ...questionNoteBlocks({ lke, answers }),
    { kind: "heading", text: "I. Simpulan dan rekomendasi" },
    ...conclusionBlocks({ unitName: assessment.unit.name, eligibility: summary.eligibility, final: summary.basis === "final" }),
    { kind: "signatures", signers: signers(input) },
  ];
  return {
    documentTitle: `LHE ${assessment.unit.name} ${assessment.period.year}`,
    author: `Portal ZI ${instansi.name}`,
    draft,
    titleLines: [
      "LAPORAN HASIL EVALUASI ZONA INTEGRITAS",
      "Menuju Wilayah Bebas dari Korupsi (WBK) / Wilayah Birokrasi Bersih dan Melayani (WBBM)",
      `Tim Penilai Internal ${instansi.name}`,
    ],
    blocks,
  };
}

