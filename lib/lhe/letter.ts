// The letter framing of an LHE, apart from the scores: its number and date, the basis of the
// TPI's evaluation, the team, the penanggung jawab and the TPI's recommendations per LKE page.
// Loaded by queries.ts; plain data so that the content builder stays pure.

export type LheTeamMember = { name: string; nip: string | null; isLead: boolean };

export type LheLetter = {
  /** Set by the ketua tim; null prints a blank to be filled on the letterhead. */
  number: string | null;
  /** The letter's date; null falls back to the finalization day (or today for a draft). */
  letterDate: Date | null;
  /** SK/surat tugas of the TPI for the period; null when not entered yet. */
  basis: { title: string; number: string; date: Date } | null;
  responsible: { name: string; nip: string | null; title: string | null } | null;
  /** Ketua tim first. */
  team: LheTeamMember[];
  /** LKE page key (lib/lke/sections: "mp" … "pp", "hasil") → the TPI's recommendation. */
  recommendations: Record<string, string>;
};

export const EMPTY_LETTER: LheLetter = { number: null, letterDate: null, basis: null, responsible: null, team: [], recommendations: {} };

export const TEAM_ROLE = (isLead: boolean): string => (isLead ? "Ketua Tim" : "Anggota Tim");
