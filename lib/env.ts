import { z } from "zod";
import { parseStorageLocation, StorageLocationError } from "@/lib/evidence/storage-location";

// The environment is parsed once, here; nothing else reads process.env
// (STYLE.md "Data and authority").

const booleanFlag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

const postgresUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
    } catch {
      return false;
    }
  },
  {
    message:
      "DATABASE_URL tidak valid: gunakan bentuk postgresql://pengguna:sandi@host:5432/nama_db, atau hapus variabel itu untuk memakai PostgreSQL bawaan",
  },
);

export const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl.optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default(".data"),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54320),
  /**
   * The portal's public address, read by Auth.js too. With https:// the session cookie is
   * Secure and pages send Strict-Transport-Security (proxy.ts).
   */
  AUTH_URL: z.url({ protocol: /^https?$/, error: "AUTH_URL harus alamat lengkap portal, mis. https://zi.serangkab.go.id" }).optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET minimal 32 karakter (buat dengan: openssl rand -base64 32)").optional(),
  DEMO_MODE: booleanFlag.optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** Where uploaded bukti dukung are kept (content-addressed by sha256); default DATA_DIR/evidence. */
  EVIDENCE_DIR: z.string().min(1).optional(),
  /**
   * Where bukti dukung live when not in EVIDENCE_DIR: s3://bucket/prefix?endpoint=https://host:9000
   * &region=us-east-1&forcePathStyle=true for an S3-compatible store shared by several web servers
   * (lib/evidence/storage-location.ts), or a folder. Overrides EVIDENCE_DIR when both are set.
   */
  EVIDENCE_STORAGE: z.string().min(1).optional().superRefine((value, ctx) => {
    if (value === undefined) return;
    try {
      parseStorageLocation(value);
    } catch (error) {
      if (!(error instanceof StorageLocationError)) throw error;
      ctx.addIssue({ code: "custom", message: error.message });
    }
  }),
  /** The S3 store's access key; when unset the AWS SDK's own chain (instance role, ~/.aws) is used. */
  AWS_ACCESS_KEY_ID: z.string().min(1).optional(),
  AWS_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Only for temporary credentials (STS). */
  AWS_SESSION_TOKEN: z.string().min(1).optional(),
  EVIDENCE_MAX_MB: z.coerce.number().positive().max(1024).default(20),
  /**
   * Signs the audit chain's checkpoints (lib/audit/checkpoint.ts); default: a key derived from
   * AUTH_SECRET. Set it on a real server, so that rotating AUTH_SECRET keeps old checkpoints verifiable.
   */
  AUDIT_SIGNING_KEY: z.string().min(32, "AUDIT_SIGNING_KEY minimal 32 karakter (buat dengan: openssl rand -base64 32)").optional(),
  /**
   * Whether every web server also runs the job queue's worker (lib/jobs). `false`: the web
   * servers only enqueue, and `npm run worker` processes (one or more) run the jobs.
   */
  JOB_WORKER_IN_WEB: booleanFlag.default(true),
  /** On SIGTERM/SIGINT a running job may finish for this long; then it is handed to another worker. */
  JOB_STOP_GRACE_SECONDS: z.coerce.number().min(0).max(600).default(10),
  /** Proposal packages older than this are deleted daily, except the newest READY one of each round. */
  PACKAGE_RETENTION_DAYS: z.coerce.number().int().min(1, "PACKAGE_RETENTION_DAYS minimal 1 hari").max(3650).default(30),
  /** Set by Next.js itself: "phase-production-build" while `next build` runs (instrumentation.ts). */
  NEXT_PHASE: z.string().optional(),
});

export type Env = z.infer<typeof EnvSchema> & { demoMode: boolean };

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const blankToUndefined = Object.fromEntries(
    Object.entries(source).map(([key, value]) => [key, value === "" ? undefined : value]),
  );
  const parsed = EnvSchema.safeParse(blankToUndefined);
  if (!parsed.success) {
    throw new EnvError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  // Demo accounts are seeded only where nobody can mistake them for real ones: the embedded
  // database outside NODE_ENV=production, or a server whose operator opted in explicitly.
  // Everything else is production mode (lib/production/config-rules.ts).
  const demoMode = parsed.data.DEMO_MODE ?? (parsed.data.DATABASE_URL === undefined && parsed.data.NODE_ENV !== "production");
  return { ...parsed.data, demoMode };
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
