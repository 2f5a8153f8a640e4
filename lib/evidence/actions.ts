"use server";

import { createAction } from "@/lib/actions/safe-action";
import type { ActionResult } from "@/lib/actions/result";
import { createEvidenceLink, deleteEvidence } from "./mutations";
import { EvidenceDeleteSchema, EvidenceLinkSchema } from "./schemas";
import type { EvidenceItem } from "./types";

// The panel calls router.refresh() after these, since the area page is server-rendered and
// its path is not known here. File uploads go through POST /api/evidence (progress bar).

const operator = ["OPERATOR"] as const;

const addLink = createAction({ roles: operator, schema: EvidenceLinkSchema, handler: ({ db, user, input }) => createEvidenceLink({ db, user, input }) });
const remove = createAction({ roles: operator, schema: EvidenceDeleteSchema, handler: ({ db, user, input }) => deleteEvidence({ db, user, input }) });

export async function addEvidenceLinkAction(input: unknown): Promise<ActionResult<EvidenceItem>> {
  return addLink(input);
}

export async function deleteEvidenceAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return remove(input);
}
