import { AccountNav } from "@/components/auth/account-nav";
import { getViewer } from "@/server/auth";

/** Reads the session for the header; rendered under Suspense by SiteHeader. */
export async function ViewerNav() {
  const viewer = await getViewer();
  return <AccountNav user={viewer ? { name: viewer.name, role: viewer.role } : null} />;
}
