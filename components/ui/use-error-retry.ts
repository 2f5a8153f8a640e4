"use client";

import { useRouter } from "next/navigation";
import { startTransition } from "react";

/** reset() alone re-renders the client side only; a server outage needs the page fetched again. */
export function useErrorRetry(reset: () => void): () => void {
  const router = useRouter();
  return () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
}
