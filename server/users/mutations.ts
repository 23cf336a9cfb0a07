// Writes for users.
import type { Db } from "../db.ts";

export const DEMO_CONTRIBUTOR_EMAIL = "demo-contributor@parallel.invalid";

/** The account demo translations are attributed to; created once, found afterwards. */
export async function ensureDemoContributor(db: Db) {
  return db.user.upsert({
    where: { email: DEMO_CONTRIBUTOR_EMAIL },
    update: {},
    create: { email: DEMO_CONTRIBUTOR_EMAIL, name: "Demo contributor", role: "contributor" },
  });
}
