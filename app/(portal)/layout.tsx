import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/portal/app-shell";
import { getSessionUser } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { loadInstansiProfile } from "@/lib/instansi/load-profile";

// The shell for signed-in users. Each page below still checks its own role
// (layouts do not re-run on every navigation).
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  const instansi = await loadInstansiProfile();
  return <AppShell user={user} instansi={instansi} demoMode={getEnv().demoMode}>{children}</AppShell>;
}
