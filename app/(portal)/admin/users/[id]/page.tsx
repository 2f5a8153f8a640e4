import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ResetPasswordForm } from "@/components/admin/users/reset-password-form";
import { UserAccountPanel } from "@/components/admin/users/user-account-panel";
import { UserEditForm } from "@/components/admin/users/user-edit-form";
import { PageHeader } from "@/components/ui/page-header";
import { IdSchema } from "@/lib/admin/schema-helpers";
import { listUnitOptions } from "@/lib/admin/units/queries";
import { getUser } from "@/lib/admin/users/queries";
import { requirePageUser } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/prisma";

export const metadata: Metadata = { title: "Ubah pengguna" };

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requirePageUser(["ADMIN"]);
  const id = IdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const db = getDb();
  const [user, units] = await Promise.all([getUser({ db, id: id.data }), listUnitOptions({ db })]);
  if (!user) notFound();
  const isSelf = user.id === admin.id;
  return (
    <>
      <Link href="/admin/users" className="text-sm text-brand-700 underline">← Pengguna</Link>
      <PageHeader title={user.name} description={[ROLE_LABELS[user.role], user.unit?.name].filter(Boolean).join(" · ")} />
      <div className="grid max-w-3xl gap-6">
        <UserEditForm user={user} units={units} isSelf={isSelf} />
        <UserAccountPanel user={user} isSelf={isSelf} now={new Date()} />
        <ResetPasswordForm userId={user.id} userName={user.name} />
      </div>
    </>
  );
}
