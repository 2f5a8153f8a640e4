"use client";

import { ErrorView } from "@/components/ui/error-view";
import "./globals.css";

// The root layout itself failed: this replaces it, so it brings its own <html>, and a retry
// reloads the whole page.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="id">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <ErrorView digest={error.digest} onRetry={() => window.location.reload()} withHomeLink={false} />
      </body>
    </html>
  );
}
