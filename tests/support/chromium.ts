import { existsSync } from "node:fs";

export const CHROMIUM_HINT =
  "Chromium tidak ditemukan: pasang dengan `apt-get install -y chromium` atau arahkan CHROMIUM_PATH ke berkas chromium/chrome.";

/** Chromium for Playwright: CHROMIUM_PATH, then Debian's /usr/bin/chromium. */
export function findChromium(env: Record<string, string | undefined> = process.env): string | null {
  const candidates = [env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter((p): p is string => Boolean(p));
  return candidates.find((p) => existsSync(p)) ?? null;
}
