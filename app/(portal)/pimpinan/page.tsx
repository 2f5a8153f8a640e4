import type { Metadata } from "next";
import { PeriodDashboardScreen } from "@/components/dashboard/period-dashboard-screen";
import { requirePageUser } from "@/lib/auth/session";
import type { SearchParams } from "@/lib/dashboard/unit-list";

export const metadata: Metadata = { title: "Dasbor pimpinan" };

type Props = { searchParams: Promise<SearchParams> };

// The leaders' home (ROLE_HOME.PIMPINAN) shows the period dashboard itself rather than
// redirecting to /dasbor: sign-in and zone tests expect leaders to land on /pimpinan.
export default async function LeaderHomePage({ searchParams }: Props) {
  const user = await requirePageUser(["PIMPINAN"]);
  return <PeriodDashboardScreen user={user} searchParams={await searchParams} path="/pimpinan" />;
}
