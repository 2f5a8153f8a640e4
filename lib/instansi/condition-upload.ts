import "server-only";
import { z } from "zod";
import type { FieldErrors } from "@/lib/actions/result";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import { DomainError, GENERIC_ERROR } from "@/lib/errors";
import { EvidenceRefusal } from "@/lib/evidence/errors";
import { isSameOrigin } from "@/lib/evidence/http";
import type { EvidenceStorage } from "@/lib/evidence/storage";
import { storeConditionFile } from "./condition-file";
import { saveInstansiCondition } from "./condition-mutations";
import { readConditionRequest } from "./condition-request";
import { InstansiConditionSchema } from "./condition-schemas";

export type ConditionUploadOptions = { request: Request; user: SessionUser | null; db: Db; storage: EvidenceStorage; maxBytes: number };

type Failure = { ok: false; error: string; fieldErrors?: FieldErrors };
const fail = (status: number, body: Failure) => Response.json(body, { status });

/**
 * POST /api/admin/tabel5: one instansi Tabel 5 row with its document (a link, or a file in the
 * same multipart form). What createAction does for a server action, as a route: same origin →
 * session → ADMIN → zod → store the file → save in one transaction with its audit event.
 */
export async function handleConditionUpload({ request, user, db, storage, maxBytes }: ConditionUploadOptions): Promise<Response> {
  try {
    if (!isSameOrigin({ request })) return fail(403, { ok: false, error: "Isian hanya dapat dikirim dari halaman portal ini." });
    if (!user) return fail(401, { ok: false, error: "Sesi Anda berakhir. Silakan masuk kembali." });
    if (user.role !== "ADMIN") return fail(403, { ok: false, error: "Anda tidak berwenang melakukan tindakan ini." });
    const form = await readConditionRequest({ request, maxBytes });
    try {
      const parsed = InstansiConditionSchema.safeParse(form.fields);
      if (!parsed.success) return fail(400, { ok: false, error: "Periksa kembali isian yang ditandai.", fieldErrors: z.flattenError(parsed.error).fieldErrors });
      const file = parsed.data.sourceKind === "FILE" && form.file
        ? await storeConditionFile({ storage, fileName: form.file.name, content: form.file.stream(), maxBytes })
        : null;
      const saved = await saveInstansiCondition({ db, actorId: user.id, input: parsed.data, file });
      return Response.json({ ok: true, data: saved }, { status: 200 });
    } finally {
      await form.discard();
    }
  } catch (error) {
    if (error instanceof EvidenceRefusal) return fail(error.status, { ok: false, error: error.message, fieldErrors: { file: [error.message] } });
    if (error instanceof DomainError) return fail(400, { ok: false, error: error.message, fieldErrors: error.fieldErrors });
    console.error("[tabel5] unexpected failure", error);
    return fail(500, { ok: false, error: GENERIC_ERROR });
  }
}
