"use client";

import { useEffect, useState } from "react";

/** True once React has hydrated the page: before that, a change in a form is not seen. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
