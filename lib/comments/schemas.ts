import { z } from "zod";

export const COMMENT_MAX = 2000;

export const CommentSchema = z.object({
  assessmentId: z.uuid(),
  questionCode: z.string().min(1).max(64),
  body: z.string().trim().min(1, "Komentar tidak boleh kosong.").max(COMMENT_MAX, `Komentar paling banyak ${COMMENT_MAX} karakter.`),
});
export type CommentInput = z.infer<typeof CommentSchema>;

/** One comment as the thread shows it (dates as ISO strings: it crosses into a client component). */
export type CommentView = { id: string; body: string; createdAt: string; author: { name: string; role: "ADMIN" | "OPERATOR" | "TPI" | "PIMPINAN" } };

export const ROLE_LABELS: Record<CommentView["author"]["role"], string> = {
  ADMIN: "Admin",
  OPERATOR: "Operator unit",
  TPI: "TPI",
  PIMPINAN: "Pimpinan",
};
