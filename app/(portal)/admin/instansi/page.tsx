import type { Metadata } from "next";
import { InstansiProfileForm } from "@/components/admin/instansi/instansi-profile-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { loadInstansiProfile } from "@/lib/instansi/load-profile";

export const metadata: Metadata = { title: "Profil instansi" };

export default async function InstansiProfilePage() {
  await requirePageUser(["ADMIN"]);
  const profile = await loadInstansiProfile();
  return (
    <>
      <PageHeader title="Profil instansi" description="Nama, jenis, kepala instansi, dan zona waktu yang dipakai di seluruh portal, LHE, dan LKE" />
      <div className="max-w-3xl space-y-4">
        {!profile.configured && (
          <Alert tone="info">Profil instansi belum diatur. Sampai disimpan, portal memakai nama umum dan zona waktu WIB.</Alert>
        )}
        <InstansiProfileForm profile={profile} />
      </div>
    </>
  );
}
