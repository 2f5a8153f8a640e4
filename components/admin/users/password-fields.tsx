import type { UseFormRegisterReturn } from "react-hook-form";
import { TextField } from "@/components/ui/text-field";

export const PASSWORD_FIELDS = ["password", "passwordConfirm"] as const;
type Field = (typeof PASSWORD_FIELDS)[number];

type Props = { register: Record<Field, UseFormRegisterReturn>; errors: Partial<Record<Field, string>>; label?: string };

export const PASSWORD_POLICY_HINT = "Minimal 10 karakter, memuat huruf besar, huruf kecil, dan angka; hindari kata yang mudah ditebak.";

export function PasswordFields({ register, errors, label = "Kata sandi awal" }: Props) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField id="password" type="password" label={label} required autoComplete="new-password" hint={PASSWORD_POLICY_HINT} error={errors.password} {...register.password} />
      <TextField id="passwordConfirm" type="password" label="Ulangi kata sandi" required autoComplete="new-password" error={errors.passwordConfirm} {...register.passwordConfirm} />
    </div>
  );
}
