-- Folded definitions and notes for the entries search. Folding is the app's (lib/glossary/normalize.ts), not SQL's:
-- scripts/setup.ts fills the rows this leaves null (backfillConceptSearchText) before the server starts.
-- AlterTable
ALTER TABLE "Concept" ADD COLUMN     "searchText" TEXT;
