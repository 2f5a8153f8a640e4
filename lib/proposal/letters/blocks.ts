import type { Route, Target } from "@/lib/eligibility/types";
import { formatDay } from "@/lib/format";

// Pure: the Surat Pengajuan Evaluasi and the Surat Pernyataan Tanggung Jawab Mutlak as blocks
// that the PDF and the DOCX renderer both draw, so the two files always say the same.
// PermenPAN-RB 5/2024 Lampiran II Bab II A, pages 5–6 (Gambar 6 and 7): one letter from the head
// of the instansi to the Minister c.q. the Deputi, Penanggung Jawab TPN, listing every unit, and
// an SPTJM that all data and information of those units match the facts. The figures are images
// in the regulation's text; the wording follows the letter of Gambar 10 (90/2021 page 62), which
// the text does carry, and the sentence of page 6 that describes the SPTJM.

export type LetterUnit = { name: string; target: Target; route: Route };
export type LetterData = {
  instansiName: string;
  regionName: string;
  headTitle: string;
  letterNumber: string | null;
  signerName: string | null;
  signerNip: string | null;
  year: number;
  /** The letter's day, YYYY-MM-DD in the instansi's zone. */
  day: string;
  units: LetterUnit[];
};

export type Block =
  | { kind: "letterhead"; text: string }
  | { kind: "title"; text: string; subtitle?: string }
  | { kind: "right"; text: string }
  | { kind: "fields"; rows: [string, string][] }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; header: string[]; widths: number[]; rows: string[][] }
  | { kind: "signature"; place: string | null; role: string; name: string; nip: string };

const TARGETS: Record<Target, string> = { WBK: "Menuju Wilayah Bebas dari Korupsi (WBK)", WBBM: "Menuju Wilayah Birokrasi Bersih dan Melayani (WBBM)" };
const ROUTES: Record<Route, string> = { REGULER: "Reguler", AFIRMASI: "Afirmasi (PermenPAN-RB 5/2024)" };
const BLANK = "....................";
const REGULATION =
  "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Instansi Pemerintah sebagaimana telah diubah dengan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 5 Tahun 2024";

function unitTable(units: LetterUnit[]): Block {
  return { kind: "table", header: ["No", "Unit kerja/satuan kerja", "Usulan predikat", "Jalur"], widths: [30, 200, 170, 83], rows: units.map((u, i) => [String(i + 1), u.name, TARGETS[u.target], ROUTES[u.route]]) };
}

/** "Serang, 2 Desember 2026": the region without "Kabupaten"/"Kota"/"Provinsi", and the day. */
function placeAndDay(data: Pick<LetterData, "regionName" | "day">): string {
  return `${data.regionName.replace(/^(Kabupaten|Kota|Provinsi)\s+/i, "")}, ${formatDay(data.day)}`;
}

function signature(data: LetterData, place: boolean): Block {
  return { kind: "signature", place: place ? placeAndDay(data) : null, role: data.headTitle, name: data.signerName ?? BLANK, nip: data.signerNip ?? BLANK };
}

export function proposalLetterBlocks(data: LetterData): Block[] {
  return [
    { kind: "letterhead", text: data.instansiName.toUpperCase() },
    { kind: "right", text: placeAndDay(data) },
    {
      kind: "fields",
      rows: [
        ["Nomor", data.letterNumber ?? BLANK],
        ["Sifat", "Penting"],
        ["Lampiran", "1 (satu) berkas"],
        ["Hal", "Pengajuan Evaluasi Zona Integritas Menuju Wilayah Bebas dari Korupsi (WBK)/Wilayah Birokrasi Bersih dan Melayani (WBBM)"],
      ],
    },
    { kind: "paragraph", text: "Kepada Yth.\nMenteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Republik Indonesia\nc.q. Deputi Bidang Reformasi Birokrasi, Akuntabilitas Aparatur, dan Pengawasan selaku Penanggung Jawab Tim Penilai Nasional\ndi\nJakarta" },
    {
      kind: "paragraph",
      text: `Dengan hormat, dalam rangka pelaksanaan ${REGULATION}, kami telah melakukan pembangunan Zona Integritas di lingkungan ${data.instansiName}. Berdasarkan laporan hasil evaluasi Tim Penilai Internal (TPI) ${data.instansiName} tahun ${data.year}, bersama ini kami mengusulkan ${data.units.length} unit kerja/satuan kerja berikut untuk dievaluasi oleh Tim Penilai Nasional (TPN):`,
    },
    unitTable(data.units),
    { kind: "paragraph", text: "Sebagai kelengkapan usulan, bersama ini kami lampirkan Surat Pernyataan Tanggung Jawab Mutlak serta laporan hasil evaluasi dan lembar kerja evaluasi TPI setiap unit kerja/satuan kerja yang diusulkan." },
    { kind: "paragraph", text: "Demikian kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih." },
    signature(data, false),
  ];
}

export function sptjmBlocks(data: LetterData): Block[] {
  return [
    { kind: "letterhead", text: data.instansiName.toUpperCase() },
    { kind: "title", text: "SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK", subtitle: data.letterNumber ? `Lampiran surat Nomor ${data.letterNumber}` : undefined },
    { kind: "paragraph", text: "Yang bertanda tangan di bawah ini:" },
    { kind: "fields", rows: [["Nama", data.signerName ?? BLANK], ["NIP", data.signerNip ?? BLANK], ["Jabatan", data.headTitle], ["Instansi", data.instansiName]] },
    {
      kind: "paragraph",
      text: `dengan ini menyatakan bahwa semua data dan informasi yang disampaikan dari unit kerja/satuan kerja yang diajukan untuk mendapat predikat Menuju WBK/WBBM tahun ${data.year} sebagaimana tercantum di bawah ini telah sesuai dengan fakta/kondisi yang sebenarnya:`,
    },
    unitTable(data.units),
    { kind: "paragraph", text: "Apabila di kemudian hari ditemukan data dan informasi yang tidak sesuai dengan fakta/kondisi yang sebenarnya, kami bertanggung jawab sepenuhnya sesuai dengan ketentuan peraturan perundang-undangan." },
    { kind: "paragraph", text: "Demikian surat pernyataan ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya." },
    signature(data, true),
  ];
}

export type MonitoringReportData = {
  instansiName: string;
  regionName: string;
  headTitle: string;
  /** Null until ADMIN numbers the letter: printed as dots to fill in by hand. */
  reportNumber: string | null;
  /** The report's day, YYYY-MM-DD. */
  day: string;
  unitName: string;
  predicate: Target;
  meets: boolean;
  score: number | null;
  notes: string;
};

/**
 * The TPI monitoring report to the Minister, worded as Gambar 10 (PermenPAN-RB 90/2021 Lampiran
 * II Bab IV A, page 62): still meets / no longer meets, with the score and the TPI's notes. The
 * figure cites "Nomor XX Tahun 2021"; the letter names the regulation in full instead.
 */
export function monitoringReportBlocks(data: MonitoringReportData): Block[] {
  const target = data.predicate === "WBK" ? "Menuju Wilayah Bebas dari Korupsi (WBK)" : "Menuju Wilayah Birokrasi Bersih dan Melayani (WBBM)";
  return [
    { kind: "letterhead", text: data.instansiName.toUpperCase() },
    { kind: "right", text: placeAndDay({ regionName: data.regionName, day: data.day }) },
    { kind: "fields", rows: [["Nomor", data.reportNumber ?? BLANK], ["Lampiran", "-"], ["Hal", `Laporan Monitoring dan Evaluasi Unit Kerja/Satuan Kerja Berpredikat ${target}`]] },
    { kind: "paragraph", text: "Kepada Yth.\nMenteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Republik Indonesia\nCq. Deputi Bidang Reformasi Birokrasi, Akuntabilitas Aparatur, dan Pengawasan\ndi\nJakarta" },
    {
      kind: "paragraph",
      text: `Dengan hormat, bahwa dalam rangka pelaksanaan ${REGULATION}, kami telah melakukan pembangunan Zona Integritas di ${data.instansiName}. Berdasarkan laporan hasil monitoring dan evaluasi tahun ${data.day.slice(0, 4)} oleh Tim Penilai Internal (TPI) ZI ${data.instansiName}, kami menyimpulkan bahwa unit kerja/satuan kerja ${data.unitName} ${data.meets ? "masih memenuhi" : "tidak memenuhi"} kriteria ${target}. Hal ini berdasarkan catatan TPI bahwa:`,
    },
    { kind: "paragraph", text: `1. Capaian nilai pengungkit dan hasil: ${data.score === null ? "tidak dinilai" : String(data.score).replace(".", ",")}.\n2. ${data.notes}` },
    { kind: "paragraph", text: "Demikian kami sampaikan, atas perhatian dan kerja samanya, kami ucapkan terima kasih." },
    { kind: "signature", place: null, role: data.headTitle, name: BLANK, nip: BLANK },
  ];
}
