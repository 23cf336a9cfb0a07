-- Each audit entry names its target in words (server/audit/mutations.ts writes the label with the change from now on).
-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN "targetLabel" TEXT;

-- Older rows, best name first: the term or name the row itself recorded when it was written (entries created or
-- deleted, proposals, glossaries created), then the target as it is now, then what another row of the same target
-- recorded (an entry edited, then deleted). A row none of these names keeps null: the page shows its type and id.
UPDATE "AuditLog" SET "targetLabel" = ("AuditLog"."details" ->> 'term')
  WHERE "targetType" IN ('concept', 'proposal') AND ("AuditLog"."details" ->> 'term') <> '';
UPDATE "AuditLog" SET "targetLabel" = ("AuditLog"."details" ->> 'name')
  WHERE "targetType" = 'glossary' AND "action" = 'glossary.create' AND ("AuditLog"."details" ->> 'name') <> '';
UPDATE "AuditLog" SET "targetLabel" = (
    SELECT t."text" FROM "Term" t WHERE t."conceptId" = "AuditLog"."targetId" ORDER BY t."position" LIMIT 1)
  WHERE "targetType" = 'concept' AND "targetLabel" IS NULL;
UPDATE "AuditLog" SET "targetLabel" = (SELECT p."text" FROM "TermProposal" p WHERE p."id" = "AuditLog"."targetId")
  WHERE "targetType" = 'proposal' AND "targetLabel" IS NULL;
UPDATE "AuditLog" SET "targetLabel" = (SELECT g."name" FROM "Glossary" g WHERE g."id" = "AuditLog"."targetId")
  WHERE "targetType" = 'glossary' AND "targetLabel" IS NULL;
UPDATE "AuditLog" SET "targetLabel" = (SELECT u."name" FROM "user" u WHERE u."id" = "AuditLog"."targetId")
  WHERE "targetType" = 'user';
UPDATE "AuditLog" SET "targetLabel" = (
    SELECT other."targetLabel" FROM "AuditLog" other
    WHERE other."targetType" = "AuditLog"."targetType" AND other."targetId" = "AuditLog"."targetId"
      AND other."targetLabel" IS NOT NULL
    ORDER BY other."createdAt" DESC LIMIT 1)
  WHERE "targetLabel" IS NULL;
