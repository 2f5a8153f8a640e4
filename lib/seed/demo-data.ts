import type { Role, UnitKind } from "@/lib/db/generated/enums";

// Demo data for Pemerintah Kabupaten Serang (DESIGN.md "The cycle"): Disdukcapil and the
// six OPDs evaluated in 2022, with Inspektorat (TPI) and Bagian Organisasi (admin).
// These accounts exist only in demo mode (lib/env.ts `demoMode`); never on a real server.

export const DEMO_PASSWORD = "ZonaIntegritas2026";

export type DemoUnit = { code: string; name: string; kind: UnitKind; parent?: string };
export type DemoUser = { nip: string; email: string; name: string; role: Role; unit: string };

export const DEMO_UNITS: DemoUnit[] = [
  { code: "PEMKAB-SERANG", name: "Pemerintah Kabupaten Serang", kind: "PEMDA" },
  { code: "DISDUKCAPIL", name: "Dinas Kependudukan dan Pencatatan Sipil", kind: "OPD", parent: "PEMKAB-SERANG" },
  { code: "DINKES", name: "Dinas Kesehatan", kind: "OPD", parent: "PEMKAB-SERANG" },
  { code: "DINDIKBUD", name: "Dinas Pendidikan dan Kebudayaan", kind: "OPD", parent: "PEMKAB-SERANG" },
  { code: "DPMPTSP", name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", kind: "OPD", parent: "PEMKAB-SERANG" },
  { code: "BAPENDA", name: "Badan Pendapatan Daerah", kind: "OPD", parent: "PEMKAB-SERANG" },
  { code: "BKPSDM", name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", kind: "OPD", parent: "PEMKAB-SERANG" },
  { code: "RSUD-DRAJAT", name: "RSUD dr. Drajat Prawiranegara", kind: "OPD", parent: "PEMKAB-SERANG" },
  { code: "INSPEKTORAT", name: "Inspektorat Daerah", kind: "INSPEKTORAT", parent: "PEMKAB-SERANG" },
  { code: "BAG-ORGANISASI", name: "Bagian Organisasi Sekretariat Daerah", kind: "BAGIAN", parent: "PEMKAB-SERANG" },
];

export const DEMO_USERS: DemoUser[] = [
  { nip: "198204152006041002", email: "admin@serang.demo", name: "Rina Marlina", role: "ADMIN", unit: "BAG-ORGANISASI" },
  { nip: "197001011990031001", email: "bupati@serang.demo", name: "Bupati Serang", role: "PIMPINAN", unit: "PEMKAB-SERANG" },
  { nip: "197205101994031003", email: "sekda@serang.demo", name: "Sekretaris Daerah", role: "PIMPINAN", unit: "PEMKAB-SERANG" },
  { nip: "197808172003121004", email: "tpi.ketua@serang.demo", name: "Ahmad Fauzi", role: "TPI", unit: "INSPEKTORAT" },
  { nip: "198511202010012005", email: "tpi.anggota@serang.demo", name: "Siti Nurhaliza", role: "TPI", unit: "INSPEKTORAT" },
  { nip: "199002142015031006", email: "operator.disdukcapil@serang.demo", name: "Dedi Kurniawan", role: "OPERATOR", unit: "DISDUKCAPIL" },
  { nip: "199103222015032007", email: "operator.dinkes@serang.demo", name: "Lia Amelia", role: "OPERATOR", unit: "DINKES" },
  { nip: "198907302014021008", email: "operator.dindikbud@serang.demo", name: "Yusuf Hidayat", role: "OPERATOR", unit: "DINDIKBUD" },
  { nip: "199205052017012009", email: "operator.dpmptsp@serang.demo", name: "Nur Aisyah", role: "OPERATOR", unit: "DPMPTSP" },
  { nip: "198812122013031010", email: "operator.bapenda@serang.demo", name: "Rudi Hartono", role: "OPERATOR", unit: "BAPENDA" },
  { nip: "199306162018012011", email: "operator.bkpsdm@serang.demo", name: "Maya Sari", role: "OPERATOR", unit: "BKPSDM" },
  { nip: "198701252012011012", email: "operator.rsud@serang.demo", name: "dr. Fajar Ramadhan", role: "OPERATOR", unit: "RSUD-DRAJAT" },
];
