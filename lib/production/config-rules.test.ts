import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { configProblems, isLocalDatabase } from "./config-rules";

const SECRET = "s".repeat(40);

describe("production configuration rules", () => {
  it("asks for AUTH_SECRET in production mode only", () => {
    expect(configProblems(parseEnv({ DATABASE_URL: "postgresql://u:p@db.internal/zi" }))).toEqual([expect.stringMatching(/^AUTH_SECRET wajib diatur di mode produksi/)]);
    expect(configProblems(parseEnv({ NODE_ENV: "production" }))).toEqual([expect.stringMatching(/^AUTH_SECRET wajib diatur/)]);
    expect(configProblems(parseEnv({ NODE_ENV: "production", AUTH_SECRET: SECRET }))).toEqual([]);
    expect(configProblems(parseEnv({}))).toEqual([]); // the demo makes its own secret in DATA_DIR
  });

  it("refuses demo mode on a database elsewhere", () => {
    const remote = parseEnv({ DATABASE_URL: "postgresql://u:p@db.pemda.go.id:5432/zi", DEMO_MODE: "true", AUTH_SECRET: SECRET });
    expect(configProblems(remote)).toEqual([expect.stringMatching(/^DEMO_MODE=true ditolak untuk basis data di db\.pemda\.go\.id: .*Hapus DEMO_MODE\.$/)]);
    expect(configProblems(parseEnv({ DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/zi", DEMO_MODE: "true" }))).toEqual([]);
  });

  it("knows the loopback names", () => {
    expect(["localhost", "127.0.0.1", "[::1]"].map((h) => isLocalDatabase(`postgresql://u@${h}:5432/zi`))).toEqual([true, true, true]);
    expect(isLocalDatabase("postgresql://u@10.0.0.5:5432/zi")).toBe(false);
  });
});
