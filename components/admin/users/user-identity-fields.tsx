import type { UseFormRegisterReturn } from "react-hook-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { UnitOption } from "@/lib/admin/units/queries";
import { ROLE_UNIT_RULE, unitKindFitsRole } from "@/lib/admin/users/schemas";
import { ROLE_LABELS, ROLES, ROLES_WITH_UNIT } from "@/lib/auth/roles";
import type { Role } from "@/lib/db/generated/enums";

export const IDENTITY_FIELDS = ["nip", "email", "name", "role", "unitId"] as const;
type Field = (typeof IDENTITY_FIELDS)[number];

type Props = {
  register: Record<Field, UseFormRegisterReturn>;
  errors: Partial<Record<Field, string>>;
  role: Role | undefined;
  units: UnitOption[];
  /** The unit the user has now, kept in the list even if it no longer fits. */
  currentUnitId?: string | null;
};

/** Who the user is and where they sit; shared by the create and edit forms. */
export function UserIdentityFields({ register, errors, role, units, currentUnitId }: Props) {
  const needsUnit = role !== undefined && ROLES_WITH_UNIT.includes(role);
  const choices = units.filter((unit) => unit.id === currentUnitId || (unit.active && (!role || unitKindFitsRole(role, unit.kind))));
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField id="name" label="Nama lengkap" required autoComplete="off" error={errors.name} className="sm:col-span-2" {...register.name} />
      <TextField
        id="nip"
        label="NIP"
        inputMode="numeric"
        autoComplete="off"
        maxLength={18}
        hint="18 digit angka. Isi NIP atau e-mail, atau keduanya."
        error={errors.nip}
        className="[&_input]:font-mono"
        {...register.nip}
      />
      <TextField id="email" label="E-mail" type="email" autoComplete="off" error={errors.email} {...register.email} />
      <SelectField id="role" label="Peran" required error={errors.role} {...register.role}>
        {ROLES.map((r) => (
          <option key={r} value={r}>{ROLE_LABELS[r]}</option>
        ))}
      </SelectField>
      <SelectField
        id="unitId"
        label="Unit kerja"
        required={needsUnit}
        hint={role ? ROLE_UNIT_RULE[role] : undefined}
        error={errors.unitId}
        {...register.unitId}
      >
        <option value="">{needsUnit ? "— Pilih unit —" : "— Tanpa unit —"}</option>
        {choices.map((unit) => (
          <option key={unit.id} value={unit.id}>{unit.name}{unit.active ? "" : " (nonaktif)"}</option>
        ))}
      </SelectField>
    </div>
  );
}
