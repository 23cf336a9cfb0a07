// Who may do what: the one table every server action and route handler asks (through
// server/policy.ts). Pure data and logic; the server resolves the viewer and the resource.

export const roles = ["reader", "contributor", "editor", "admin"] as const;
export type Role = (typeof roles)[number];

export type Viewer = { id: string; role: Role; isDisabled: boolean };

/** Whose resource it is, for actions a user may take on their own things only. */
export type Ownership = { ownerId: string };

/**
 * `hidesOthers`: someone else's resource is refused as NOT_FOUND rather than FORBIDDEN, the answer
 * for an id that does not exist, so that the refusal does not reveal that the id exists (ids of
 * secrets such as API tokens must not be probeable).
 */
type Rule = { minimumRole: Role; ownOnly?: boolean; hidesOthers?: boolean };

/**
 * Every action a signed-in user can take. `ownOnly`: allowed on one's own resource at the minimum
 * role, and on anyone's from admin up. Adding a mutation means adding its action here first.
 */
const actionRules = {
  "account.changePassword": { minimumRole: "reader", ownOnly: true },
  "profile.read": { minimumRole: "reader", ownOnly: true },
  "profile.update": { minimumRole: "reader", ownOnly: true },
  "apiToken.create": { minimumRole: "reader", ownOnly: true },
  "apiToken.revoke": { minimumRole: "reader", ownOnly: true, hidesOthers: true },
  "user.list": { minimumRole: "admin" },
  "user.setRole": { minimumRole: "admin" },
  "user.disable": { minimumRole: "admin" },
  "auditLog.read": { minimumRole: "admin" },
  // Glossaries: editors change entries; contributors only propose terms for an editor to accept.
  // Reading and exporting need no rule: every viewer may.
  "glossary.create": { minimumRole: "editor" },
  // A draft glossary is the editors' work in progress: they see it, readers and contributors do not.
  "glossary.readDrafts": { minimumRole: "editor" },
  // Publishing is the editors' shared call, like editing entries: any editor may publish or unpublish.
  "glossary.publish": { minimumRole: "editor" },
  // Deleting takes every entry, its history and the proposals with it, others' work included: the glossary's
  // creator (still an editor) may delete it, and admins any (the seed's glossaries, which have no creator).
  "glossary.delete": { minimumRole: "editor", ownOnly: true },
  "glossary.import": { minimumRole: "editor" },
  "concept.create": { minimumRole: "editor" },
  "concept.update": { minimumRole: "editor" },
  "concept.delete": { minimumRole: "editor" },
  "term.propose": { minimumRole: "contributor" },
  "proposal.review": { minimumRole: "editor" },
  // Dismissing a term candidate (and undoing it) shapes the one list all editors work from.
  "termCandidate.dismiss": { minimumRole: "editor" },
  "termCandidate.restore": { minimumRole: "editor" },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof actionRules;

export type Decision = { allowed: true } | { allowed: false; reason: "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" };

const rank: Record<Role, number> = { reader: 0, contributor: 1, editor: 2, admin: 3 };

/**
 * Example: decide({ id: "u1", role: "editor", isDisabled: false }, "user.setRole") → { allowed: false, reason: "FORBIDDEN" }
 */
export function decide(viewer: Viewer | null, action: Action, resource?: Ownership): Decision {
  if (!viewer || viewer.isDisabled) return { allowed: false, reason: "UNAUTHENTICATED" };
  const rule: Rule = actionRules[action];
  if (rank[viewer.role] < rank[rule.minimumRole]) return { allowed: false, reason: "FORBIDDEN" };
  if (rule.ownOnly && resource && resource.ownerId !== viewer.id && viewer.role !== "admin") {
    return { allowed: false, reason: rule.hidesOthers ? "NOT_FOUND" : "FORBIDDEN" };
  }
  return { allowed: true };
}

export function isAction(value: string): value is Action {
  return Object.hasOwn(actionRules, value);
}
