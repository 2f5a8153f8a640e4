import type { Metadata } from "next";
import { PeriodDashboardScreen } from "@/components/dashboard/period-dashboard-screen";
import { requirePageUser } from "@/lib/auth/session";
import { PERIOD_DASHBOARD_ROLES } from "@/lib/dashboard/scope";

export const metadata: Metadata = { title: "Dasbor Zona Integritas" };

type Props = { searchParams: Promise<{ tahun?: string | string[] }> };

// PIMPINAN and ADMIN see every unit, a TPI the units assigned to them; an operator is refused.
export default async function PeriodDashboardPage({ searchParams }: Props) {
  const user = await requirePageUser(PERIOD_DASHBOARD_ROLES);
  const { tahun } = await searchParams;
  return <PeriodDashboardScreen user={user} tahun={tahun} />;
}
