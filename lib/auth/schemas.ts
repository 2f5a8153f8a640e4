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

/** Only same-site paths may be a post-login destination (no open redirects). */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/";
  return value;
}

export const SIGN_IN_MESSAGES: Record<string, string> = {
  invalid: "NIP/e-mail atau kata sandi salah.",
  locked: "Akun dikunci sementara selama 15 menit karena 5 kali gagal masuk berturut-turut. Coba lagi nanti atau hubungi admin.",
  inactive: "Akun Anda telah dinonaktifkan. Hubungi admin Bagian Organisasi.",
};
