-- CreateTable
CREATE TABLE "DismissedTermCandidate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "language" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "dismissedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DismissedTermCandidate_dismissedById_fkey" FOREIGN KEY ("dismissedById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "DismissedTermCandidate_language_key_key" ON "DismissedTermCandidate"("language", "key");
