"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { saveInstansiProfileAction } from "@/lib/instansi/actions";
import type { InstansiProfile } from "@/lib/instansi/profile";
import { INSTANSI_KIND_LABELS, INSTANSI_KINDS, InstansiProfileSchema, TIME_ZONE_OPTIONS } from "@/lib/instansi/schemas";
import { TIME_ZONE_CODES } from "@/lib/instansi/time-zone";
import { NoticeAlert } from "../notice";
import { callAction, failureNotice, type Notice } from "../submit";

const FIELDS = ["name", "kind", "regionName", "headTitle", "timeZone"] as const;

/** The instansi's name, kind, region, head and time zone: printed on every page and document. */
export function InstansiProfileForm({ profile }: { profile: InstansiProfile }) {
  const router = useRouter();
  const form = useForm({
    resolver: zodResolver(InstansiProfileSchema),
    defaultValues: profile.configured
      ? { name: profile.name, kind: profile.kind, regionName: profile.regionName, headTitle: profile.headTitle, timeZone: profile.timeZone }
      : { name: "", kind: profile.kind, regionName: "", headTitle: "", timeZone: profile.timeZone },
  });
  const [notice, setNotice] = useState<Notice | null>(null);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    const result = await callAction(() => saveInstansiProfileAction(values));
    if (!result.ok) return setNotice(failureNotice(result, form.setError, FIELDS));
    setNotice({ tone: "success", text: "Profil instansi disimpan." });
    form.reset(result.data);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <NoticeAlert notice={notice} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="name" label="Nama instansi" required autoComplete="organization" hint="Seperti tertulis pada kop surat, mis. Pemerintah Kabupaten …" error={errors.name?.message} className="sm:col-span-2" {...form.register("name")} />
        <SelectField id="kind" label="Jenis instansi" required hint="Jalur afirmasi (PermenPAN-RB 5/2024) hanya untuk pemerintah daerah." error={errors.kind?.message} {...form.register("kind")}>
          {INSTANSI_KINDS.map((kind) => <option key={kind} value={kind}>{INSTANSI_KIND_LABELS[kind]}</option>)}
        </SelectField>
        <TextField id="regionName" label="Nama wilayah" required hint="Mis. Kabupaten …, Kota …, Provinsi …; untuk K/L nama kementerian/lembaga." error={errors.regionName?.message} {...form.register("regionName")} />
        <TextField id="headTitle" label="Jabatan kepala instansi" required hint="Penerima LHE, mis. Bupati …, Wali Kota …, Gubernur …, Menteri …" error={errors.headTitle?.message} {...form.register("headTitle")} />
        <SelectField id="timeZone" label="Zona waktu" required hint="Batas waktu dan semua jam di portal mengikuti zona ini." error={errors.timeZone?.message} {...form.register("timeZone")}>
          {TIME_ZONE_CODES.map((zone) => <option key={zone} value={zone}>{TIME_ZONE_OPTIONS[zone]}</option>)}
        </SelectField>
      </div>
      <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Menyimpan…" : "Simpan profil instansi"}</Button>
    </form>
  );
}
