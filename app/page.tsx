import { redirect } from "next/navigation";
import { ROLE_HOME } from "@/lib/auth/roles";
import { getSessionUser } from "@/lib/auth/session";

export default async function HomePage() {
  const user = await getSessionUser();
  redirect(user ? ROLE_HOME[user.role] : "/login");
}
