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
    { href: "/admin/usulan", label: "Usulan ke TPN" },
    { href: "/admin/pmpzi", label: "API PMPZI" },
  ],
  OPERATOR: [{ href: "/opd", label: "Penilaian mandiri" }],
  TPI: [{ href: "/tpi", label: "Reviu TPI" }],
  PIMPINAN: [
    { href: "/dasbor", label: "Dasbor" },
    { href: "/pimpinan/usulan", label: "Usulan ke TPN" },
  ],
};
