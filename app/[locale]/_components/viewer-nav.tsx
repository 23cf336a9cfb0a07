import { AccountNav } from "@/components/auth/account-nav";
import { getViewer } from "@/server/auth";

/** Reads the session for the header (once per request: getViewer is cached); rendered under Suspense by SiteHeader. */
export async function ViewerNav({ placement }: { placement: "bar" | "menu" }) {
  const viewer = await getViewer();
  return <AccountNav placement={placement} user={viewer ? { name: viewer.name, role: viewer.role } : null} />;
}
