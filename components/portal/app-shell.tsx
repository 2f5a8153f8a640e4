import Link from "next/link";
import type { ReactNode } from "react";
import { logoutAction } from "@/lib/auth/actions";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import type { InstansiProfile } from "@/lib/instansi/profile";
import { NAV_ITEMS } from "./nav-items";
import { TimeZoneProvider } from "./time-zone-context";

type Props = { user: SessionUser; instansi: InstansiProfile; demoMode: boolean; children: ReactNode };

export function AppShell({ user, instansi, demoMode, children }: Props) {
  return (
    <div className="min-h-screen">
      <a href="#konten" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
        Langsung ke konten
      </a>
      {demoMode && (
        <div className="bg-amber-100 px-4 py-1 text-center text-xs text-amber-900">Mode demo — data dan akun hanya untuk uji coba.</div>
      )}
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 lg:flex-nowrap">
          <div>
            <Link href="/" className="text-lg font-bold text-brand-800">Portal ZI</Link>
            {instansi.configured && <p className="text-xs text-slate-600" data-testid="instansi-name">{instansi.regionName || instansi.name}</p>}
          </div>
          <nav aria-label="Navigasi utama" className="order-3 w-full sm:order-none sm:w-auto">
            <ul className="flex flex-wrap gap-1 lg:flex-nowrap">
              {NAV_ITEMS[user.role].map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="block whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-brand-50 hover:text-brand-800">
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {/* One line at 1366 px (issue 12): a long name or unit is cut short, and shown whole on hover. */}
          <div className="flex min-w-0 items-center gap-3 text-right">
            <div className="min-w-0 max-w-[18rem] text-sm" data-testid="current-user" title={`${user.name} — ${ROLE_LABELS[user.role]}${user.unitName ? ` · ${user.unitName}` : ""}`}>
              <p className="truncate font-semibold">{user.name}</p>
              <p className="truncate text-xs text-slate-600">
                {ROLE_LABELS[user.role]}
                {user.unitName ? ` · ${user.unitName}` : ""}
              </p>
            </div>
            <form action={logoutAction}>
              <button type="submit" className="whitespace-nowrap rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">Keluar</button>
            </form>
          </div>
        </div>
      </header>
      {!instansi.configured && user.role === "ADMIN" && (
        <div className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-center text-sm text-amber-900" role="note">
          Profil instansi belum diatur: nama instansi dan zona waktu masih bawaan (WIB).{" "}
          <Link href="/admin/instansi" className="font-semibold underline">Atur profil instansi</Link>
        </div>
      )}
      <main id="konten" className="mx-auto max-w-6xl px-4 py-6">
        <TimeZoneProvider zone={instansi.timeZone}>{children}</TimeZoneProvider>
      </main>
    </div>
  );
}
