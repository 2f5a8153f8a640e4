import JSZip from "jszip";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { type LetterData, monitoringReportBlocks, proposalLetterBlocks, sptjmBlocks } from "./blocks";
import { renderLetterDocx } from "./render-docx";
import { renderLetterPdf } from "./render-pdf";

// The Surat Pengajuan Evaluasi and the SPTJM (PermenPAN-RB 5/2024 pages 5–6), read back from the
// PDF and the DOCX the portal writes: both say the same, addressed as page 5 says.

const data: LetterData = {
  instansiName: "Pemerintah Kabupaten Serang",
  regionName: "Kabupaten Serang",
  headTitle: "Bupati Serang",
  letterNumber: "800/123-Org/2026",
  signerName: "Ratu Tatu Chasanah",
  signerNip: null,
  year: 2026,
  day: "2026-05-20",
  units: [
    { name: "Disdukcapil", target: "WBBM", route: "REGULER" },
    { name: "RSUD dr. Drajat Prawiranegara", target: "WBK", route: "AFIRMASI" },
  ],
};

async function pdfText(body: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(body)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

async function docxText(body: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(body)).file("word/document.xml")!.async("string");
  return xml.replace(/<w:tab\/>/g, " ").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

const meta = (blocks: ReturnType<typeof sptjmBlocks>) => ({ title: "Uji", author: "Portal ZI", blocks });

describe("Surat Pengajuan Evaluasi", () => {
  it("is addressed to the Minister c.q. the Deputi, Penanggung Jawab TPN, and lists every unit with its target and route, in PDF and DOCX", async () => {
    const blocks = proposalLetterBlocks(data);
    for (const text of [await pdfText(await renderLetterPdf(meta(blocks))), await docxText(await renderLetterDocx(meta(blocks)))]) {
      expect(text).toContain("PEMERINTAH KABUPATEN SERANG");
      expect(text).toContain("Serang, 20 Mei 2026");
      expect(text).toContain("800/123-Org/2026");
      expect(text).toContain("c.q. Deputi Bidang Reformasi Birokrasi, Akuntabilitas Aparatur, dan Pengawasan selaku Penanggung Jawab Tim Penilai Nasional");
      expect(text).toContain("mengusulkan 2 unit kerja/satuan kerja");
      expect(text).toMatch(/Disdukcapil .*Menuju Wilayah Birokrasi Bersih dan Melayani \(WBBM\)/);
      expect(text).toMatch(/RSUD dr\. Drajat Prawiranegara .*Menuju Wilayah Bebas dari Korupsi \(WBK\) .*Afirmasi/);
      expect(text).toContain("Ratu Tatu Chasanah");
      // A NIP not entered is left to be written by hand, never invented.
      expect(text).toContain("NIP. ....................");
    }
  });
});

describe("SPTJM", () => {
  it("states that all data and information of the units match the facts (page 6), in PDF and DOCX", async () => {
    const blocks = sptjmBlocks(data);
    for (const text of [await pdfText(await renderLetterPdf(meta(blocks))), await docxText(await renderLetterDocx(meta(blocks)))]) {
      expect(text).toContain("SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK");
      expect(text).toContain("semua data dan informasi yang disampaikan dari unit kerja/satuan kerja yang diajukan untuk mendapat predikat Menuju WBK/WBBM tahun 2026");
      expect(text).toContain("telah sesuai dengan fakta/kondisi yang sebenarnya");
      expect(text).toContain("Bupati Serang");
      expect(text).toContain("Disdukcapil");
    }
  });
});

describe("monitoring report (Gambar 10)", () => {
  it("tells the Minister whether the unit still meets the criteria, with the score and the TPI's notes", async () => {
    const blocks = monitoringReportBlocks({ ...data, reportNumber: "700/55-Insp/2026", unitName: "Disdukcapil", predicate: "WBK", meets: false, score: 71.5, notes: "Pengaduan maladministrasi belum diselesaikan" });
    const text = await pdfText(await renderLetterPdf(meta(blocks)));
    expect(text).toContain("Laporan Monitoring dan Evaluasi Unit Kerja/Satuan Kerja Berpredikat Menuju Wilayah Bebas dari Korupsi (WBK)");
    expect(text).toContain("unit kerja/satuan kerja Disdukcapil tidak memenuhi kriteria Menuju Wilayah Bebas dari Korupsi (WBK)");
    expect(text).toContain("Capaian nilai pengungkit dan hasil: 71,5");
    expect(text).toContain("Pengaduan maladministrasi belum diselesaikan");
  });
});
