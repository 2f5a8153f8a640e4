import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Portal ZI", template: "%s · Portal ZI" },
  description: "Pembangunan dan evaluasi Zona Integritas menuju WBK/WBBM",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request, so that Next puts that request's CSP nonce on its scripts
  // (proxy.ts). A page prerendered at build time has no nonce: the browser would block its
  // scripts and it would never hydrate.
  await connection();
  return (
    <html lang="id">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
