"use client";

import { ErrorView } from "@/components/ui/error-view";
import { useErrorRetry } from "@/components/ui/use-error-retry";

// Any page outside the portal shell, and the shell itself: its layout reads the session from the
// database, so a database outage lands here.
export default function RootError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorView digest={error.digest} onRetry={useErrorRetry(reset)} />;
}
