import "server-only";
import { z } from "zod";
import { IdSchema } from "@/lib/admin/schema-helpers";
import { appendAuditEvent } from "@/lib/audit/record-event";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import { DomainError, GENERIC_ERROR } from "@/lib/errors";
import { EvidenceRefusal } from "@/lib/evidence/errors";
import { isSameOrigin } from "@/lib/evidence/http";
import type { EvidenceStorage } from "@/lib/evidence/storage";
import { storeConditionFile } from "@/lib/instansi/condition-file";
import { readConditionRequest } from "@/lib/instansi/condition-request";

// POST /api/usulan/<roundId>/berkas: the signed letter, the signed SPTJM, or a stage's document
// (TPN's letter) uploaded back. The same checks as a bukti dukung upload (size limit, type from
// the bytes, content-addressed storage), then only PDF or a scanned image is kept.

export const ProposalFileSchema = z
  .object({
    kind: z.enum(["SURAT_PENGAJUAN", "SPTJM", "STAGE"], "Pilih jenis dokumen"),
    stageId: z.union([z.literal(""), IdSchema]).optional(),
  })
  .refine((f) => f.kind !== "STAGE" || !!f.stageId, { path: ["stageId"], message: "Pilih tahap TPN dokumen ini" });

const SCAN_TYPES = new Set(["application/pdf", "image/jpeg", "image/png"]);
const LABELS = { SURAT_PENGAJUAN: "Surat Pengajuan Evaluasi bertanda tangan", SPTJM: "SPTJM bertanda tangan", STAGE: "dokumen tahap TPN" } as const;

type Options = { request: Request; user: SessionUser | null; db: Db; storage: EvidenceStorage; maxBytes: number; roundId: string };
const fail = (status: number, error: string, fieldErrors?: Record<string, string[]>) => Response.json({ ok: false, error, fieldErrors }, { status });

export async function handleProposalFileUpload({ request, user, db, storage, maxBytes, roundId }: Options): Promise<Response> {
  try {
    if (!isSameOrigin({ request })) return fail(403, "Isian hanya dapat dikirim dari halaman portal ini.");
    if (!user) return fail(401, "Sesi Anda berakhir. Silakan masuk kembali.");
    if (user.role !== "ADMIN") return fail(403, "Anda tidak berwenang melakukan tindakan ini.");
    if (!IdSchema.safeParse(roundId).success) return fail(404, "Usulan tidak ditemukan.");
    const form = await readConditionRequest({ request, maxBytes });
    const parsed = ProposalFileSchema.safeParse(form.fields);
    if (!parsed.success) return fail(400, "Periksa kembali isian yang ditandai.", z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
    if (!form.file) return fail(400, "Pilih berkas yang akan diunggah.", { file: ["Pilih berkas"] });
    const { kind } = parsed.data;
    const stageId = kind === "STAGE" ? parsed.data.stageId || null : null;
    const round = await db.proposalRound.findUnique({ where: { id: roundId }, select: { id: true, status: true } });
    if (!round) return fail(404, "Usulan tidak ditemukan.");
    if (kind !== "STAGE" && round.status !== "APPROVED") return fail(400, "Dokumen bertanda tangan diunggah setelah usulan disetujui pimpinan.");
    const stage = stageId ? await db.tpnStage.findFirst({ where: { id: stageId, proposedUnit: { roundId } }, select: { id: true, proposedUnit: { select: { unitId: true } } } }) : null;
    if (stageId && !stage) return fail(404, "Tahap TPN tidak ditemukan pada usulan ini.");
    const file = await storeConditionFile({ storage, fileName: form.file.name, content: form.file.stream(), maxBytes });
    if (!SCAN_TYPES.has(file.mimeType)) return fail(415, `${LABELS[kind]} harus berupa PDF atau hasil pindai JPEG/PNG.`, { file: ["Unggah PDF, JPEG atau PNG"] });
    const saved = await db.$transaction(async (tx) => {
      const row = await tx.proposalFile.create({ data: { roundId, kind, stageId, ...file, uploadedById: user.id }, select: { id: true } });
      await appendAuditEvent(tx, { actorId: user.id, action: "proposal.upload_file", entityType: "ProposalFile", entityId: row.id, unitId: stage?.proposedUnit.unitId ?? null, after: { roundId, kind, stageId, ...file } });
      return row;
    });
    return Response.json({ ok: true, data: { id: saved.id, fileName: file.fileName } }, { status: 200 });
  } catch (error) {
    if (error instanceof EvidenceRefusal) return fail(error.status, error.message, { file: [error.message] });
    if (error instanceof DomainError) return fail(400, error.message, error.fieldErrors);
    console.error("[usulan] upload failed", error);
    return fail(500, GENERIC_ERROR);
  }
}
