import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("defaults to the embedded database in demo mode on port 3000", () => {
    const env = parseEnv({});
    expect({ port: env.PORT, db: env.DATABASE_URL, demo: env.demoMode, pg: env.EMBEDDED_PG_PORT }).toEqual({ port: 3000, db: undefined, demo: true, pg: 54320 });
  });

  it("leaves demo mode off for an external database unless asked", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://u:p@db.internal:5432/zi" }).demoMode).toBe(false);
    expect(parseEnv({ DATABASE_URL: "postgresql://u:p@db.internal:5432/zi", DEMO_MODE: "true" }).demoMode).toBe(true);
  });

  it("leaves demo mode off under NODE_ENV=production, even on the embedded database, unless asked", () => {
    expect(parseEnv({ NODE_ENV: "production" }).demoMode).toBe(false);
    expect(parseEnv({ NODE_ENV: "production", DEMO_MODE: "true" }).demoMode).toBe(true);
    expect(parseEnv({ DEMO_MODE: "false" }).demoMode).toBe(false);
  });

  it("explains a malformed DATABASE_URL in one line", () => {
    for (const bad of ["mysql://u@h/db", "not a url", "postgresql://"]) {
      const attempt = () => parseEnv({ DATABASE_URL: bad });
      expect(attempt).toThrow(EnvError);
      expect(attempt).toThrow(/^DATABASE_URL: DATABASE_URL tidak valid: gunakan bentuk postgresql:\/\//);
    }
  });

  it("lists every problem, not just the first", () => {
    try {
      parseEnv({ PORT: "70000", AUTH_SECRET: "short" });
      expect.unreachable();
    } catch (error) {
      expect((error as EnvError).problems.map((p) => p.split(":")[0])).toEqual(["PORT", "AUTH_SECRET"]);
    }
  });

  it("treats blank variables as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: "" }).PORT).toBe(3000);
  });

  it("accepts an http(s) AUTH_URL and names the variable when it is not one", () => {
    expect(parseEnv({ AUTH_URL: "https://zi.serangkab.go.id" }).AUTH_URL).toBe("https://zi.serangkab.go.id");
    for (const bad of ["zi.serangkab.go.id", "ftp://zi.serangkab.go.id"]) {
      expect(() => parseEnv({ AUTH_URL: bad })).toThrow(/^AUTH_URL: AUTH_URL harus alamat lengkap portal/);
    }
  });

  it("runs the job worker in every web server, stops it within 10 s and keeps packages 30 days unless told otherwise", () => {
    expect(parseEnv({})).toMatchObject({ JOB_WORKER_IN_WEB: true, JOB_STOP_GRACE_SECONDS: 10, PACKAGE_RETENTION_DAYS: 30 });
    expect(parseEnv({ JOB_WORKER_IN_WEB: "false", JOB_STOP_GRACE_SECONDS: "2.5", PACKAGE_RETENTION_DAYS: "90" })).toMatchObject({ JOB_WORKER_IN_WEB: false, JOB_STOP_GRACE_SECONDS: 2.5, PACKAGE_RETENTION_DAYS: 90 });
    expect(parseEnv({ JOB_WORKER_IN_WEB: "0" }).JOB_WORKER_IN_WEB).toBe(false);
    expect(() => parseEnv({ JOB_WORKER_IN_WEB: "off" })).toThrow(/^JOB_WORKER_IN_WEB:/);
    expect(() => parseEnv({ PACKAGE_RETENTION_DAYS: "0" })).toThrow("PACKAGE_RETENTION_DAYS: PACKAGE_RETENTION_DAYS minimal 1 hari");
    expect(() => parseEnv({ JOB_STOP_GRACE_SECONDS: "-1" })).toThrow(/^JOB_STOP_GRACE_SECONDS:/);
  });
});
