-- CreateTable
CREATE TABLE "DismissedTermCandidate" (
    "id" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "dismissedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DismissedTermCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DismissedTermCandidate_language_key_key" ON "DismissedTermCandidate"("language", "key");

-- AddForeignKey
ALTER TABLE "DismissedTermCandidate" ADD CONSTRAINT "DismissedTermCandidate_dismissedById_fkey" FOREIGN KEY ("dismissedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
