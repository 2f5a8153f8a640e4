import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Akses ditolak" };

export default function ForbiddenPage() {
  return (
    <main className="mx-auto flex min-h-screen max-w-lg flex-col items-center justify-center px-4 text-center">
      <p className="text-sm font-semibold text-red-700">403</p>
      <h1 className="mt-2 text-2xl font-bold">Akses ditolak</h1>
      <p className="mt-2 text-slate-600">Halaman ini tidak termasuk wewenang peran Anda. Bila menurut Anda ini keliru, hubungi admin Bagian Organisasi.</p>
      <Link href="/" className="mt-6 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Kembali ke beranda saya</Link>
    </main>
  );
}
