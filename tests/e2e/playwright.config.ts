import { defineConfig } from "@playwright/test";
import { findChromium } from "../support/chromium";

// Started by scripts/test.ts, which serves the built app on 127.0.0.1 and passes
// E2E_BASE_URL and E2E_DATABASE_URL. Playwright cannot download browsers here, so it
// drives Debian's Chromium.
export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  outputDir: process.env.E2E_OUTPUT_DIR ?? "../../test-results",
  use: {
    baseURL: process.env.E2E_BASE_URL,
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: findChromium() ?? undefined,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium", viewport: { width: 1280, height: 800 } } }],
});
