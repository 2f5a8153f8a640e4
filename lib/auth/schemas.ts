import { z } from "zod";

export const LoginSchema = z.object({
  identifier: z.string().trim().min(1, "Isi NIP atau e-mail").max(254, "NIP atau e-mail terlalu panjang"),
  password: z.string().min(1, "Isi kata sandi").max(256, "Kata sandi terlalu panjang"),
});
export type LoginInput = z.infer<typeof LoginSchema>;

export type LoginState = {
  error?: string;
  fieldErrors?: Partial<Record<keyof LoginInput, string[]>>;
  identifier?: string;
};

// One answer for an unknown identifier, a wrong password, a locked and an inactive account:
// a different one would tell a stranger which NIPs exist (account enumeration). The lockout
// rule is stated so that a real user understands why a right password may still fail.
export const SIGN_IN_FAILED =
  "NIP/e-mail atau kata sandi salah, atau akun sedang tidak dapat dipakai. Setelah 5 kali gagal berturut-turut akun dikunci 15 menit; bila tetap tidak bisa masuk, hubungi admin Bagian Organisasi.";
