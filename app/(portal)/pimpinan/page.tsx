import type { Metadata } from "next";
import { PeriodDashboardScreen } from "@/components/dashboard/period-dashboard-screen";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Dasbor pimpinan" };

type Props = { searchParams: Promise<{ tahun?: string | string[] }> };

// The leaders' home (ROLE_HOME.PIMPINAN) shows the period dashboard itself rather than
// redirecting to /dasbor: sign-in and zone tests expect leaders to land on /pimpinan.
export default async function LeaderHomePage({ searchParams }: Props) {
  const user = await requirePageUser(["PIMPINAN"]);
  const { tahun } = await searchParams;
  return <PeriodDashboardScreen user={user} tahun={tahun} />;
}
