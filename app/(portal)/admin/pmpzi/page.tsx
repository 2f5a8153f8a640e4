import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { ApiKeyForm } from "@/components/pmpzi/api-key-form";
import { ApiKeyList } from "@/components/pmpzi/api-key-list";
import { listApiKeys } from "@/lib/api-keys/queries";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { loadInstansiProfile } from "@/lib/instansi/load-profile";
import { listProposalPeriods } from "@/lib/proposal/queries";

export const metadata: Metadata = { title: "Ekspor dan API PMPZI" };

export default async function PmpziPage() {
  await requirePageUser(["ADMIN"]);
  const db = getDb();
  const [keys, periods, instansi] = await Promise.all([listApiKeys({ db }), listProposalPeriods({ db }), loadInstansiProfile()]);
  return (
    <>
      <PageHeader title="Ekspor dan API PMPZI" description="Jawaban dan nilai per pertanyaan dari unit dan TPI, dengan tautan bukti dukung, untuk kanal PMPZI TPN" />
      <div className="grid max-w-4xl gap-6">
        <section className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 text-sm sm:p-6">
          <h2 className="text-lg font-semibold">Unduh ekspor</h2>
          <ul className="list-disc pl-5">
            {periods.map((p) => (
              <li key={p.id}>
                {p.name}: <a className="text-brand-700 underline" href={`/api/exports/pmpzi/${p.year}.json`}>JSON</a> · <a className="text-brand-700 underline" href={`/api/exports/pmpzi/${p.year}.csv`}>CSV</a>
              </li>
            ))}
          </ul>
          <p className="text-slate-600">API baca-saja: <code>GET /api/pmpzi/v1/&lt;tahun&gt;?format=json|csv</code> dengan header <code>Authorization: Bearer &lt;kunci&gt;</code>. Skema di README, bagian &quot;Ekspor PMPZI&quot;.</p>
        </section>
        <ApiKeyForm periods={periods.map((p) => ({ id: p.id, name: p.name }))} />
        <section className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
          <h2 className="text-lg font-semibold">Kunci API</h2>
          <ApiKeyList keys={keys} zone={instansi.timeZone} now={new Date()} />
        </section>
      </div>
    </>
  );
}
