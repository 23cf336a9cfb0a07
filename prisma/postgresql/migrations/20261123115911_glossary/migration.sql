-- CreateEnum
CREATE TYPE "GlossaryTermStatus" AS ENUM ('preferred', 'admitted', 'deprecated', 'superseded', 'forbidden');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('pending', 'accepted', 'declined');

-- CreateTable
CREATE TABLE "Glossary" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "languages" JSONB NOT NULL,
    "subjectFields" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Glossary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Concept" (
    "id" TEXT NOT NULL,
    "glossaryId" TEXT NOT NULL,
    "externalId" TEXT,
    "subjectField" TEXT,
    "definition" TEXT,
    "definitionSource" TEXT,
    "note" TEXT,
    "perLanguage" JSONB,
    "links" JSONB,
    "transactions" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Concept_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Term" (
    "id" TEXT NOT NULL,
    "conceptId" TEXT NOT NULL,
    "glossaryId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "status" "GlossaryTermStatus" NOT NULL,
    "partOfSpeech" TEXT,
    "note" TEXT,
    "usageExample" TEXT,
    "statusNote" TEXT,
    "statusNoteDate" TEXT,
    "details" JSONB,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Term_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConceptHistory" (
    "id" TEXT NOT NULL,
    "conceptId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "actorId" TEXT,
    "changes" JSONB NOT NULL,
    "snapshot" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConceptHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TermProposal" (
    "id" TEXT NOT NULL,
    "glossaryId" TEXT NOT NULL,
    "conceptId" TEXT,
    "language" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "partOfSpeech" TEXT,
    "note" TEXT,
    "definition" TEXT,
    "status" "ProposalStatus" NOT NULL DEFAULT 'pending',
    "authorId" TEXT NOT NULL,
    "reviewerId" TEXT,
    "reviewNote" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TermProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Glossary_slug_key" ON "Glossary"("slug");

-- CreateIndex
CREATE INDEX "Concept_glossaryId_updatedAt_idx" ON "Concept"("glossaryId", "updatedAt");

-- CreateIndex
CREATE INDEX "Concept_glossaryId_subjectField_idx" ON "Concept"("glossaryId", "subjectField");

-- CreateIndex
CREATE UNIQUE INDEX "Concept_glossaryId_externalId_key" ON "Concept"("glossaryId", "externalId");

-- CreateIndex
CREATE INDEX "Term_conceptId_position_idx" ON "Term"("conceptId", "position");

-- CreateIndex
CREATE INDEX "Term_glossaryId_language_idx" ON "Term"("glossaryId", "language");

-- CreateIndex
CREATE INDEX "Term_glossaryId_normalized_idx" ON "Term"("glossaryId", "normalized");

-- CreateIndex
CREATE INDEX "Term_glossaryId_status_idx" ON "Term"("glossaryId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ConceptHistory_conceptId_version_key" ON "ConceptHistory"("conceptId", "version");

-- CreateIndex
CREATE INDEX "TermProposal_glossaryId_status_createdAt_idx" ON "TermProposal"("glossaryId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "TermProposal_authorId_idx" ON "TermProposal"("authorId");

-- AddForeignKey
ALTER TABLE "Glossary" ADD CONSTRAINT "Glossary_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Concept" ADD CONSTRAINT "Concept_glossaryId_fkey" FOREIGN KEY ("glossaryId") REFERENCES "Glossary"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Term" ADD CONSTRAINT "Term_conceptId_fkey" FOREIGN KEY ("conceptId") REFERENCES "Concept"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Term" ADD CONSTRAINT "Term_glossaryId_fkey" FOREIGN KEY ("glossaryId") REFERENCES "Glossary"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConceptHistory" ADD CONSTRAINT "ConceptHistory_conceptId_fkey" FOREIGN KEY ("conceptId") REFERENCES "Concept"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConceptHistory" ADD CONSTRAINT "ConceptHistory_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermProposal" ADD CONSTRAINT "TermProposal_glossaryId_fkey" FOREIGN KEY ("glossaryId") REFERENCES "Glossary"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermProposal" ADD CONSTRAINT "TermProposal_conceptId_fkey" FOREIGN KEY ("conceptId") REFERENCES "Concept"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermProposal" ADD CONSTRAINT "TermProposal_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermProposal" ADD CONSTRAINT "TermProposal_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
