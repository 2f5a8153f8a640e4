import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getSessionUser } from "@/lib/auth/session";
import { ROLE_HOME } from "@/lib/auth/roles";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { getEnv } from "@/lib/env";
import { loadInstansiProfile } from "@/lib/instansi/load-profile";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Masuk" };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function LoginPage({ searchParams }: Props) {
  // Rendered per request: the instansi name comes from the database, which a build does not have.
  await connection();
  const [user, params, instansi] = await Promise.all([getSessionUser(), searchParams, loadInstansiProfile()]);
  if (user) redirect(ROLE_HOME[user.role]);
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-10">
      <div className="w-full max-w-md">
        <div className="mb-6 text-center">
          {instansi.configured && <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{instansi.name}</p>}
          <h1 className="mt-1 text-2xl font-bold">Portal Zona Integritas</h1>
          <p className="mt-1 text-sm text-slate-600">Pembangunan dan evaluasi ZI menuju WBK/WBBM</p>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <LoginForm callbackUrl={safeRedirectPath(params.callbackUrl)} />
        </div>
        {getEnv().demoMode && (
          <p className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" role="note">
            Mode demo: akun demo tercantum di README. Jangan memasukkan data sungguhan.
          </p>
        )}
      </div>
    </main>
  );
}
