import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { ExportFile } from "@/lib/exports/file-names";
import { getInstansiProfile } from "@/lib/instansi/profile";
import { dateInZone } from "@/lib/instansi/time-zone";
import { type Block, type LetterData, proposalLetterBlocks, sptjmBlocks } from "./blocks";
import { renderLetterDocx } from "./render-docx";
import { renderLetterPdf } from "./render-pdf";

// The proposal's two letters as files: surat-pengajuan.pdf|docx and sptjm.pdf|docx.

export const LETTER_FILES = ["surat-pengajuan.pdf", "surat-pengajuan.docx", "sptjm.pdf", "sptjm.docx"] as const;
export type LetterFile = (typeof LETTER_FILES)[number];

export function isLetterFile(name: string): name is LetterFile {
  return (LETTER_FILES as readonly string[]).includes(name);
}

export async function loadLetterData({ db, roundId, now = new Date() }: { db: Db; roundId: string; now?: Date }): Promise<LetterData | null> {
  const round = await db.proposalRound.findUnique({
    where: { id: roundId },
    select: { letterNumber: true, signerName: true, signerNip: true, approvedAt: true, period: { select: { year: true } }, units: { orderBy: { unit: { name: "asc" } }, select: { target: true, route: true, unit: { select: { name: true } } } } },
  });
  if (!round) return null;
  const instansi = await getInstansiProfile({ db });
  return {
    instansiName: instansi.name,
    regionName: instansi.regionName,
    headTitle: instansi.headTitle,
    letterNumber: round.letterNumber,
    signerName: round.signerName,
    signerNip: round.signerNip,
    year: round.period.year,
    // Dated the day the head approved (the day the proposal was made), else today for a draft.
    day: dateInZone(round.approvedAt ?? now, instansi.timeZone),
    units: round.units.map((u) => ({ name: u.unit.name, target: u.target, route: u.route })),
  };
}

export async function renderLetterFile(data: LetterData, file: LetterFile): Promise<ExportFile> {
  const letter = file.startsWith("surat-pengajuan");
  const blocks: Block[] = letter ? proposalLetterBlocks(data) : sptjmBlocks(data);
  const title = `${letter ? "Surat Pengajuan Evaluasi" : "Surat Pernyataan Tanggung Jawab Mutlak"} ${data.year}`;
  const meta = { title, author: `Portal ZI ${data.instansiName}`, blocks };
  const base = `${letter ? "Surat_Pengajuan_Evaluasi" : "SPTJM"}_${data.year}`;
  if (file.endsWith(".pdf")) return { fileName: `${base}.pdf`, kind: "pdf", body: await renderLetterPdf(meta) };
  return { fileName: `${base}.docx`, kind: "docx", body: await renderLetterDocx(meta) };
}
