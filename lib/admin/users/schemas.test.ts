import { describe, expect, it } from "vitest";
import { parseUserFilter, ResetPasswordSchema, unitKindFitsRole, UserCreateSchema, UserUpdateSchema } from "./schemas";

const unitId = crypto.randomUUID();
const PASSWORD = "Serang2026Aman";
const valid = { nip: " 199001012015011001 ", email: " Lia@Serang.go.id ", name: "Lia Amelia", role: "OPERATOR", unitId, password: PASSWORD, passwordConfirm: PASSWORD };
const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) => (result.error?.issues ?? []).map((i) => i.path.join(".")).sort();

describe("UserCreateSchema", () => {
  it("normalises NIP and e-mail, and turns blanks into null", () => {
    expect(UserCreateSchema.parse(valid)).toMatchObject({ nip: "199001012015011001", email: "lia@serang.go.id" });
    expect(UserCreateSchema.parse({ ...valid, nip: "  ", role: "PIMPINAN", unitId: "" })).toMatchObject({ nip: null, unitId: null });
  });

  it("accepts its own output again", () => {
    const once = UserCreateSchema.parse({ ...valid, email: "" });
    expect(UserCreateSchema.parse(once)).toEqual(once);
  });

  it.each([
    ["a NIP that is not 18 digits", { nip: "19900101201501100" }, ["nip"]],
    ["a NIP with letters", { nip: "19900101201501100A" }, ["nip"]],
    ["an invalid e-mail", { email: "lia@" }, ["email"]],
    ["neither NIP nor e-mail", { nip: "", email: " " }, ["nip"]],
    ["a password without a digit", { password: "SerangAmanSekali", passwordConfirm: "SerangAmanSekali" }, ["password"]],
    ["a short password", { password: "Serang1", passwordConfirm: "Serang1" }, ["password"]],
    ["a password built on a common fragment", { password: "Password2026", passwordConfirm: "Password2026" }, ["password"]],
    ["a confirmation that differs", { passwordConfirm: "Serang2026Amam" }, ["passwordConfirm"]],
    ["an operator without a unit", { unitId: "" }, ["unitId"]],
    ["a TPI without a unit", { role: "TPI", unitId: null }, ["unitId"]],
    ["an unknown role", { role: "SUPERADMIN" }, ["role"]],
  ])("refuses %s", (_case, overrides, expected) => {
    expect(paths(UserCreateSchema.safeParse({ ...valid, ...overrides }))).toEqual(expected);
  });
});

describe("UserUpdateSchema and ResetPasswordSchema", () => {
  it("edits without a password, but needs the id", () => {
    const { password: _p, passwordConfirm: _c, ...fields } = valid;
    expect(UserUpdateSchema.safeParse({ ...fields, id: crypto.randomUUID() }).success).toBe(true);
    expect(paths(UserUpdateSchema.safeParse(fields))).toEqual(["id"]);
  });

  it("holds a reset password to the same policy and confirmation", () => {
    const id = crypto.randomUUID();
    expect(ResetPasswordSchema.safeParse({ id, password: PASSWORD, passwordConfirm: PASSWORD }).success).toBe(true);
    expect(paths(ResetPasswordSchema.safeParse({ id, password: "qwerty12345A", passwordConfirm: "x" }))).toEqual(["password", "passwordConfirm"]);
  });
});

describe("unitKindFitsRole", () => {
  it("puts operators in OPD/UPT and TPI in the Inspektorat; other roles anywhere", () => {
    expect([unitKindFitsRole("OPERATOR", "OPD"), unitKindFitsRole("OPERATOR", "UPT"), unitKindFitsRole("OPERATOR", "INSPEKTORAT")]).toEqual([true, true, false]);
    expect([unitKindFitsRole("TPI", "INSPEKTORAT"), unitKindFitsRole("TPI", "OPD")]).toEqual([true, false]);
    expect(unitKindFitsRole("PIMPINAN", "PEMDA")).toBe(true);
  });
});

describe("parseUserFilter", () => {
  it("keeps a known role and a unit id, and drops anything else", () => {
    expect(parseUserFilter({ q: " 1990 ", role: "TPI", unitId })).toEqual({ q: "1990", role: "TPI", unitId });
    expect(parseUserFilter({ role: "ROOT", unitId: "dinkes" })).toEqual({ q: "", role: undefined, unitId: undefined });
  });
});

describe("the form's schema (shared with the action)", () => {
  it("refuses a weak password and a bad NIP before anything reaches the server", () => {
    expect(paths(UserCreateSchema.safeParse({ ...valid, nip: "123", unitId: "" }))).toEqual(["nip", "unitId"]);
    const weak = { ...valid, password: "lemah", passwordConfirm: "lemah" };
    expect(new Set(paths(UserCreateSchema.safeParse(weak)))).toEqual(new Set(["password"]));
    expect(new Set(paths(UserCreateSchema.safeParse({ ...valid, password: "", passwordConfirm: "" })))).toEqual(new Set(["password", "passwordConfirm"]));
  });

  it("stays importable by the browser: schemas.ts must not reach Argon2 through lib/auth/password", async () => {
    const { readFile } = await import("node:fs/promises");
    const source = await readFile(new URL("./schemas.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/from "@\/lib\/auth\/password"/);
  });
});
