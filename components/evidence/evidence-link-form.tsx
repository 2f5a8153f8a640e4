"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { addEvidenceLinkAction } from "@/lib/evidence/actions";
import { EvidenceLinkSchema, URL_MAX_LENGTH } from "@/lib/evidence/schemas";
import type { EvidenceItem } from "@/lib/evidence/types";

const LinkFormSchema = EvidenceLinkSchema.pick({ url: true });
type LinkForm = { url: string };

type Props = { assessmentId: string; questionCode: string; onAdded: (item: EvidenceItem) => void };

const OFFLINE = "Tidak dapat menghubungi server. Periksa koneksi Anda lalu coba lagi.";

/** "Tambah tautan": a link (http/https) as bukti dukung, e.g. a page on the OPD's website. */
export function EvidenceLinkForm({ assessmentId, questionCode, onAdded }: Props) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<LinkForm>({ resolver: zodResolver(LinkFormSchema), defaultValues: { url: "" } });
  const submit = form.handleSubmit(async ({ url }) => {
    setError(null);
    const result = await addEvidenceLinkAction({ assessmentId, questionCode, url }).catch(() => ({ ok: false as const, error: OFFLINE, fieldErrors: undefined }));
    if (!result.ok) {
      const message = result.fieldErrors?.url?.[0];
      if (message) form.setError("url", { message });
      else setError(result.error);
      return;
    }
    form.reset();
    onAdded(result.data);
  });

  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-semibold text-brand-700">Tambah tautan</summary>
      <form onSubmit={submit} noValidate className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-end">
        <TextField
          id={`${id}-url`}
          label="Alamat tautan bukti dukung"
          type="url"
          inputMode="url"
          placeholder="https://…"
          maxLength={URL_MAX_LENGTH}
          className="min-w-0 flex-1"
          error={form.formState.errors.url?.message}
          {...form.register("url")}
        />
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Menyimpan…" : "Tambah tautan"}
        </Button>
      </form>
      {error && (
        <p role="alert" className="mt-1 text-red-700">
          {error}
        </p>
      )}
    </details>
  );
}
