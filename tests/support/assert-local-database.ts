/** Tests reset whole tables: refuse any database that is not on this machine. */
export function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Tes menolak basis data di ${host}: hanya basis data lokal (127.0.0.1) yang boleh dikosongkan oleh tes.`);
  }
}
