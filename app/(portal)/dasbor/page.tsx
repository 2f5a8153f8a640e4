import type { Metadata } from "next";
import { PeriodDashboardScreen } from "@/components/dashboard/period-dashboard-screen";
import { requirePageUser } from "@/lib/auth/session";
import type { SearchParams } from "@/lib/dashboard/unit-list";
import { PERIOD_DASHBOARD_ROLES } from "@/lib/dashboard/scope";

export const metadata: Metadata = { title: "Dasbor Zona Integritas" };

type Props = { searchParams: Promise<SearchParams> };

// PIMPINAN and ADMIN see every unit, a TPI the units assigned to them; an operator is refused.
export default async function PeriodDashboardPage({ searchParams }: Props) {
  const user = await requirePageUser(PERIOD_DASHBOARD_ROLES);
  return <PeriodDashboardScreen user={user} searchParams={await searchParams} path="/dasbor" />;
}
