-- AlterTable
ALTER TABLE "Glossary" ADD COLUMN     "publishedAt" TIMESTAMP(3);

-- Glossaries made before drafts existed were visible to everyone: they stay published.
UPDATE "Glossary" SET "publishedAt" = "createdAt";
