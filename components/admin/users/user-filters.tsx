import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { UnitOption } from "@/lib/admin/units/queries";
import type { UserFilter } from "@/lib/admin/users/schemas";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";

/** A plain GET form: filtering works without JavaScript and the URL can be shared. */
export function UserFilters({ filter, units }: { filter: UserFilter; units: UnitOption[] }) {
  const filtered = filter.q !== "" || filter.role !== undefined || filter.unitId !== undefined;
  return (
    <form method="get" role="search" aria-label="Saring pengguna" className="mb-4 flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4">
      <TextField id="q" name="q" type="search" label="Cari nama, NIP, atau e-mail" defaultValue={filter.q} className="min-w-0 flex-1 basis-56" />
      <SelectField id="role" name="role" label="Peran" defaultValue={filter.role ?? ""} className="min-w-0 grow basis-48">
        <option value="">Semua peran</option>
        {ROLES.map((role) => (
          <option key={role} value={role}>{ROLE_LABELS[role]}</option>
        ))}
      </SelectField>
      <SelectField id="unitId" name="unitId" label="Unit kerja" defaultValue={filter.unitId ?? ""} className="min-w-0 grow basis-56">
        <option value="">Semua unit</option>
        {units.map((unit) => (
          <option key={unit.id} value={unit.id}>{unit.name}{unit.active ? "" : " (nonaktif)"}</option>
        ))}
      </SelectField>
      <div className="flex gap-2">
        <button type="submit" className={buttonClass("primary")}>Terapkan</button>
        {filtered && <Link href="/admin/users" className={buttonClass("secondary")}>Hapus filter</Link>}
      </div>
    </form>
  );
}
