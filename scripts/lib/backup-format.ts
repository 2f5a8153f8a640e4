const count = new Intl.NumberFormat("id-ID");
const decimal = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 });

export const formatCount = (n: number) => count.format(n);

/** 1.536 → "1,5 KB": what an operator reads in a log line. */
export function formatBytes(bytes: number): string {
  const units = ["bita", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? count.format(value) : decimal.format(value)} ${units[unit]}`;
}

export const formatSeconds = (seconds: number) => `${decimal.format(seconds)} detik`;
