import type { Role } from "@/lib/db/generated/enums";

export type NavItem = { href: string; label: string };

export const NAV_ITEMS: Record<Role, NavItem[]> = {
  ADMIN: [
    { href: "/admin", label: "Beranda" },
    { href: "/dasbor", label: "Dasbor" },
    { href: "/admin/periods", label: "Periode evaluasi" },
    { href: "/admin/units", label: "Unit kerja" },
    { href: "/admin/users", label: "Pengguna" },
    { href: "/admin/assignments", label: "Penugasan TPI" },
    { href: "/admin/instansi", label: "Instansi" },
  ],
  OPERATOR: [{ href: "/opd", label: "Penilaian mandiri" }],
  TPI: [{ href: "/tpi", label: "Reviu TPI" }],
  PIMPINAN: [{ href: "/dasbor", label: "Dasbor" }],
};
