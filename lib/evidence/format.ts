// Sizes as Indonesian readers write them: a decimal comma, KB below one megabyte.
const decimal = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 });

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${decimal.format(bytes / 1024)} KB`;
  return `${decimal.format(bytes / (1024 * 1024))} MB`;
}

export function megabytesToBytes(mb: number): number {
  return Math.floor(mb * 1024 * 1024);
}
