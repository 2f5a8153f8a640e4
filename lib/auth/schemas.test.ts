import { describe, expect, it } from "vitest";
import { classifyIdentifier, NipSchema } from "./identifier";
import { PasswordSchema } from "./password-policy";

describe("sign-in inputs", () => {
  it("tells a NIP from an e-mail and rejects anything else", () => {
    expect(classifyIdentifier(" 199001012015011001 ")).toEqual({ nip: "199001012015011001" });
    expect(classifyIdentifier("Op@Serang.Demo")).toEqual({ email: "op@serang.demo" });
    expect(classifyIdentifier("1990010120150110")).toBeNull();
    expect(classifyIdentifier("operator")).toBeNull();
  });

  it("accepts only 18-digit NIPs", () => {
    expect(NipSchema.safeParse("199001012015011001").success).toBe(true);
    expect(NipSchema.safeParse("19900101201501100").error?.issues[0]?.message).toBe("NIP harus 18 digit angka");
    expect(NipSchema.safeParse("19900101201501100x").success).toBe(false);
  });

  it("refuses weak passwords with a reason", () => {
    const reasons = (p: string) => PasswordSchema.safeParse(p).error?.issues.map((i) => i.message) ?? [];
    expect(reasons("ZonaIntegritas2026")).toEqual([]);
    expect(reasons("Pendek1")).toContain("Kata sandi minimal 10 karakter");
    expect(reasons("semuakecil123")).toContain("Kata sandi harus memuat huruf besar dan huruf kecil");
    expect(reasons("TanpaAngkaSama")).toContain("Kata sandi harus memuat angka");
    expect(reasons("Password12345")).toContain("Kata sandi terlalu mudah ditebak");
  });
});
