// The day a period's proposals to TPN are judged on: its proposal deadline, by default 31 May of
// the period's year ("paling lambat pada tanggal 31 Mei atau sesuai dengan waktu yang ditetapkan
// oleh TPN", PermenPAN-RB 5/2024 Lampiran II Bab II A, page 6).

export function defaultProposalDay(year: number): string {
  return `${year}-05-31`;
}

export function proposalDayOf(period: { year: number; proposalDeadline: Date | null }): string {
  return period.proposalDeadline ? period.proposalDeadline.toISOString().slice(0, 10) : defaultProposalDay(period.year);
}
