import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/portal/app-shell";
import { getSessionUser } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";

// The shell for signed-in users. Each page below still checks its own role
// (layouts do not re-run on every navigation).
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return <AppShell user={user} demoMode={getEnv().demoMode}>{children}</AppShell>;
}
