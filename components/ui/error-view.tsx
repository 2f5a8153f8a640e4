"use client";

import Link from "next/link";

type Props = { digest?: string; onRetry: () => void; withHomeLink?: boolean };

/**
 * The portal's own error page (app/error.tsx, app/global-error.tsx, app/(portal)/error.tsx)
 * instead of Next's English one. It never shows the error itself — in production Next sends
 * only a digest, which the server log carries beside the full error — so the digest is the
 * reference the user gives the admin.
 */
export function ErrorView({ digest, onRetry, withHomeLink = true }: Props) {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center px-4 text-center" data-testid="error-page">
      <p className="text-sm font-semibold text-slate-500">Layanan terganggu</p>
      <h1 className="mt-2 text-2xl font-bold">Halaman ini tidak dapat ditampilkan</h1>
      <p className="mt-2 text-slate-600">
        Server atau basis data portal sedang tidak tersedia, atau terjadi kesalahan di server — bukan karena jaringan atau isian Anda. Jawaban yang sudah tersimpan tetap aman.
      </p>
      <p className="mt-2 text-slate-600">Coba lagi dalam beberapa saat. Bila berulang, hubungi admin portal dan sebutkan kode rujukan di bawah.</p>
      {digest && (
        <p className="mt-4 text-sm">
          Kode rujukan: <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono" data-testid="error-reference">{digest}</code>
        </p>
      )}
      <div className="mt-6 flex gap-3">
        <button type="button" onClick={onRetry} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Coba lagi
        </button>
        {withHomeLink && (
          <Link href="/" className="rounded-md border border-slate-300 px-4 py-2 font-semibold text-slate-700 hover:bg-slate-100">
            Ke beranda
          </Link>
        )}
      </div>
    </main>
  );
}
