"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/textarea-field";
import { createCommentAction } from "@/lib/comments/actions";
import { COMMENT_MAX, CommentSchema, type CommentInput, type CommentView, ROLE_LABELS } from "@/lib/comments/schemas";
import { useTimeZone } from "@/components/portal/time-zone-context";
import { formatDateTime } from "@/lib/format";

type Props = { assessmentId: string; questionCode: string; initial: CommentView[]; canPost: boolean };

/** The thread of one question between the unit and the TPI: who, when, what; and a reply form. */
export function CommentThread({ assessmentId, questionCode, initial, canPost }: Props) {
  const zone = useTimeZone();
  const [comments, setComments] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<CommentInput>({ resolver: zodResolver(CommentSchema), defaultValues: { assessmentId, questionCode, body: "" } });
  const { errors, isSubmitting } = form.formState;
  const id = `komentar-${questionCode}`;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await createCommentAction(values);
    if (!result.ok) return setError(result.error);
    setComments((list) => [...list, result.data]);
    form.reset({ assessmentId, questionCode, body: "" });
  });

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-2">
      <h4 id={`${id}-title`} className="text-sm font-semibold">Diskusi dengan TPI ({comments.length})</h4>
      {comments.length === 0 ? (
        <p className="text-sm text-slate-600">Belum ada komentar.</p>
      ) : (
        <ol className="space-y-2">
          {comments.map((c) => (
            <li key={c.id} className="rounded-md bg-slate-50 p-2 text-sm">
              <p className="text-xs text-slate-600">
                <strong className="text-slate-800">{c.author.name}</strong> · {ROLE_LABELS[c.author.role]} · <time dateTime={c.createdAt}>{formatDateTime(new Date(c.createdAt), zone)}</time>
              </p>
              <p className="mt-1 whitespace-pre-wrap">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      {canPost && (
        <form onSubmit={onSubmit} noValidate className="space-y-2">
          <TextareaField id={`${id}-body`} label="Tulis komentar" rows={2} maxLength={COMMENT_MAX} error={errors.body?.message} {...form.register("body")} />
          {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
          <Button type="submit" variant="secondary" disabled={isSubmitting}>{isSubmitting ? "Mengirim…" : "Kirim komentar"}</Button>
        </form>
      )}
    </section>
  );
}
