"use client";

import { createContext, type ReactNode, useContext } from "react";
import type { TimeZoneCode } from "@/lib/db/generated/enums";

// The instansi's time zone for client components (save times, comment times): the portal layout
// reads the profile once and provides it here. Server components take it as a prop instead.
const TimeZoneContext = createContext<TimeZoneCode>("WIB");

export function TimeZoneProvider({ zone, children }: { zone: TimeZoneCode; children: ReactNode }) {
  return <TimeZoneContext value={zone}>{children}</TimeZoneContext>;
}

export function useTimeZone(): TimeZoneCode {
  return useContext(TimeZoneContext);
}
