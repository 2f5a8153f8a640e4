// No "server-only" here: `npm run audit:verify` (a plain Node script) reads the zone too. Pages
// use loadInstansiProfile (load-profile.ts), which is server-only.
import type { Db } from "@/lib/db/create-client";
import type { InstansiKind, TimeZoneCode } from "@/lib/db/generated/enums";

export type InstansiProfile = {
  /** False until ADMIN saves the profile: the portal then runs on the neutral fallback below. */
  configured: boolean;
  name: string;
  kind: InstansiKind;
  regionName: string;
  headTitle: string;
  timeZone: TimeZoneCode;
};

/**
 * What the portal prints before the profile is saved: neutral names and WIB, the zone of most
 * instansi. No place is named, so nothing looks like a real instansi's document by accident.
 */
export const FALLBACK_INSTANSI: InstansiProfile = {
  configured: false,
  name: "Instansi pemerintah",
  kind: "PEMDA_KABUPATEN",
  regionName: "",
  headTitle: "Kepala Instansi",
  timeZone: "WIB",
};

/** The instansi that runs this portal (one row, id 1), or the fallback when it is not set yet. */
export async function getInstansiProfile({ db }: { db: Db }): Promise<InstansiProfile> {
  const row = await db.instansi.findUnique({
    where: { id: 1 },
    select: { name: true, kind: true, regionName: true, headTitle: true, timeZone: true },
  });
  return row ? { configured: true, ...row } : FALLBACK_INSTANSI;
}
