import type { Metadata } from "next";
import { InboxList } from "@/components/review/inbox-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { loadInstansiProfile } from "@/lib/instansi/load-profile";
import { listReviewerInbox } from "@/lib/review/queries";

export const metadata: Metadata = { title: "Reviu TPI" };

export default async function ReviewerHomePage() {
  const user = await requirePageUser(["TPI"]);
  const [items, instansi] = await Promise.all([listReviewerInbox({ db: getDb(), reviewerId: user.id }), loadInstansiProfile()]);
  return (
    <>
      <PageHeader title="Kotak masuk reviu" description="Unit kerja yang ditugaskan kepada Anda pada periode berjalan" />
      {items.length === 0 ? (
        <EmptyState title="Belum ada unit yang ditugaskan kepada Anda">
          Admin menugaskan anggota TPI ke unit kerja setelah periode evaluasi dibuka.
        </EmptyState>
      ) : (
        <InboxList items={items} zone={instansi.timeZone} />
      )}
    </>
  );
}
