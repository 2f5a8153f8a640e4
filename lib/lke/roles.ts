// The nodes that Tabel 6 (PermenPAN-RB 90/2021, Lampiran II) and the summary figures name.
// The LKE file carries no role markers, so the roles are bound to codes here, in one place; the
// validator refuses a version in which one of these codes is missing or of the wrong kind.
export const LKE_ROLES = {
  /** Komponen Pengungkit (60): Pemenuhan + Reform. */
  pengungkit: "A",
  /** Komponen Hasil (40). */
  hasil: "B",
  pemenuhan: "A.I",
  reform: "A.II",
  /** Birokrasi yang Bersih dan Akuntabel (22,50). */
  bersihAkuntabel: "B.I",
  /** Survei Persepsi Anti Korupsi (17,50), an indicator of B.I. */
  surveiAntiKorupsi: "B.I.a",
  /** Capaian Kinerja Lebih Baik (5,00), an indicator of B.I. */
  kinerjaLebihBaik: "B.I.b",
  /** Pelayanan Publik yang Prima (17,50). */
  pelayananPrima: "B.II",
} as const;
