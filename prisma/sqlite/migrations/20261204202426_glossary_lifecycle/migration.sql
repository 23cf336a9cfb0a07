-- AlterTable
ALTER TABLE "Glossary" ADD COLUMN "publishedAt" DATETIME;

-- Glossaries made before drafts existed were visible to everyone: they stay published.
UPDATE "Glossary" SET "publishedAt" = "createdAt";
