"use client";

import { useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { deactivateUserAction, reactivateUserAction, unlockUserAction } from "@/lib/admin/users/actions";
import type { UserDetail } from "@/lib/admin/users/queries";
import { useTimeZone } from "@/components/portal/time-zone-context";
import { formatDateTime } from "@/lib/format";
import { NoticeAlert } from "../notice";
import { callAction, type Notice } from "../submit";
import { UserStatusBadge } from "./user-status-badge";

type Props = { user: UserDetail; isSelf: boolean; now: Date };

/** Deactivate, reactivate or unlock the account, each after a confirmation. */
export function UserAccountPanel({ user, isSelf, now }: Props) {
  const zone = useTimeZone();
  const [notice, setNotice] = useState<Notice | null>(null);
  const run = async (action: typeof unlockUserAction, done: string) => {
    const result = await callAction(() => action({ id: user.id }));
    setNotice(result.ok ? { tone: "success", text: done } : { tone: "error", text: result.error });
  };
  const locked = user.lockedUntil !== null && user.lockedUntil > now;
  return (
    <section aria-labelledby="account-status" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="account-status" className="text-lg font-semibold">Status akun</h2>
      <div className="space-y-1 text-sm">
        <UserStatusBadge user={user} now={now} zone={zone} />
        <p className="text-slate-600">
          Gagal masuk berturut-turut: {user.failedLoginCount}. Terakhir masuk: {user.lastLoginAt ? formatDateTime(user.lastLoginAt, zone) : "belum pernah"}.
        </p>
      </div>
      <NoticeAlert notice={notice} />
      <div className="flex flex-wrap gap-2">
        {(locked || user.failedLoginCount > 0) && (
          <ConfirmButton
            label="Buka kunci akun"
            title={`Buka kunci akun ${user.name}?`}
            description="Hitungan gagal masuk dikosongkan dan pengguna dapat langsung mencoba masuk lagi."
            confirmLabel="Ya, buka kunci"
            onConfirm={() => run(unlockUserAction, `Akun “${user.name}” tidak terkunci lagi.`)}
          />
        )}
        {user.active && !isSelf && (
          <ConfirmButton
            label="Nonaktifkan akun"
            variant="danger"
            title={`Nonaktifkan akun ${user.name}?`}
            description="Pengguna langsung keluar dan tidak dapat masuk lagi sampai akunnya diaktifkan kembali. Riwayat kerjanya tetap tersimpan."
            confirmLabel="Ya, nonaktifkan"
            onConfirm={() => run(deactivateUserAction, `Akun “${user.name}” dinonaktifkan.`)}
          />
        )}
        {!user.active && (
          <ConfirmButton
            label="Aktifkan kembali"
            title={`Aktifkan kembali akun ${user.name}?`}
            description="Pengguna dapat masuk lagi dengan kata sandinya."
            confirmLabel="Ya, aktifkan"
            onConfirm={() => run(reactivateUserAction, `Akun “${user.name}” aktif kembali.`)}
          />
        )}
      </div>
      {isSelf && <p className="text-sm text-slate-600">Anda tidak dapat menonaktifkan akun Anda sendiri.</p>}
    </section>
  );
}
