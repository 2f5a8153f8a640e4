import type { UseFormRegisterReturn } from "react-hook-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { UnitOption } from "@/lib/admin/units/queries";
import { UNIT_KIND_LABELS, UNIT_KINDS } from "@/lib/admin/units/schemas";

export const UNIT_FIELDS = ["code", "name", "kind", "parentId"] as const;
type Field = (typeof UNIT_FIELDS)[number];

type Props = {
  register: Record<Field, UseFormRegisterReturn>;
  errors: Partial<Record<Field, string>>;
  parents: UnitOption[];
};

/** The inputs shared by the create and edit forms of a unit. */
export function UnitFields({ register, errors, parents }: Props) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        id="name"
        label="Nama unit"
        required
        autoComplete="off"
        error={errors.name}
        className="sm:col-span-2"
        {...register.name}
      />
      <TextField
        id="code"
        label="Kode"
        required
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        hint="Huruf besar, angka, dan tanda hubung; unik. Contoh: DINKES, RSUD-DRAJAT."
        error={errors.code}
        className="[&_input]:font-mono [&_input]:uppercase"
        {...register.code}
      />
      <SelectField id="kind" label="Jenis unit" required error={errors.kind} {...register.kind}>
        <option value="">— Pilih jenis —</option>
        {UNIT_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {UNIT_KIND_LABELS[kind]}
          </option>
        ))}
      </SelectField>
      <SelectField id="parentId" label="Unit induk" error={errors.parentId} className="sm:col-span-2" {...register.parentId}>
        <option value="">— Tidak ada (unit teratas) —</option>
        {parents.map((unit) => (
          <option key={unit.id} value={unit.id}>
            {unit.name} ({unit.code}){unit.active ? "" : " — nonaktif"}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
