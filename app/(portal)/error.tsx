"use client";

import { ErrorView } from "@/components/ui/error-view";
import { useErrorRetry } from "@/components/ui/use-error-retry";

// A page of the portal failed while its shell (menu, user) still stands.
export default function PortalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorView digest={error.digest} onRetry={useErrorRetry(reset)} />;
}
