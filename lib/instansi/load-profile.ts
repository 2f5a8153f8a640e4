import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db/prisma";
import { getInstansiProfile } from "./profile";

/** For pages and layouts: one read per request, however many components ask. */
export const loadInstansiProfile = cache(() => getInstansiProfile({ db: getDb() }));
