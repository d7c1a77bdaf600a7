-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "SignalType" ADD VALUE 'SOURCE_BROKEN';
ALTER TYPE "SignalType" ADD VALUE 'SOURCE_RECOVERED';
ALTER TYPE "SignalType" ADD VALUE 'NEW_CONTENDER';

-- AlterTable
ALTER TABLE "Leaderboard" ADD COLUMN     "alertTopN" INTEGER NOT NULL DEFAULT 3;

-- CreateTable
CREATE TABLE "LeaderboardSource" (
    "id" TEXT NOT NULL,
    "leaderboardId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "adapter" TEXT NOT NULL,
    "selector" TEXT,
    "mapping" JSONB,
    "createModels" BOOLEAN NOT NULL DEFAULT false,
    "intervalMinutes" INTEGER NOT NULL DEFAULT 360,
    "secretHeaders" JSONB,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "disabledReason" TEXT,
    "etag" TEXT,
    "lastModified" TEXT,
    "nextFetchAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" TIMESTAMP(3),
    "lastAttemptAt" TIMESTAMP(3),
    "lastSuccessAt" TIMESTAMP(3),
    "lastStatus" INTEGER,
    "consecutiveErrors" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LeaderboardSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceVersion" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "bodyHash" TEXT NOT NULL,
    "body" BYTEA NOT NULL,
    "versionDate" TIMESTAMP(3) NOT NULL,
    "fetchedAt" TIMESTAMP(3) NOT NULL,
    "entryCount" INTEGER NOT NULL,
    "unmatchedCount" INTEGER NOT NULL DEFAULT 0,
    "backfilled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceName" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "modelId" TEXT,
    "mappedById" TEXT,
    "firstSeenAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "lastRating" DOUBLE PRECISION,
    "lastCiLow" DOUBLE PRECISION,
    "lastCiHigh" DOUBLE PRECISION,
    "lastRank" INTEGER,
    "contenderAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SourceName_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LeaderboardSource_enabled_nextFetchAt_idx" ON "LeaderboardSource"("enabled", "nextFetchAt");

-- CreateIndex
CREATE INDEX "LeaderboardSource_leaderboardId_idx" ON "LeaderboardSource"("leaderboardId");

-- CreateIndex
CREATE INDEX "SourceVersion_sourceId_bodyHash_idx" ON "SourceVersion"("sourceId", "bodyHash");

-- CreateIndex
CREATE UNIQUE INDEX "SourceVersion_sourceId_versionDate_key" ON "SourceVersion"("sourceId", "versionDate");

-- CreateIndex
CREATE INDEX "SourceName_modelId_idx" ON "SourceName"("modelId");

-- CreateIndex
CREATE UNIQUE INDEX "SourceName_sourceId_sourceKey_key" ON "SourceName"("sourceId", "sourceKey");

-- AddForeignKey
ALTER TABLE "LeaderboardSource" ADD CONSTRAINT "LeaderboardSource_leaderboardId_fkey" FOREIGN KEY ("leaderboardId") REFERENCES "Leaderboard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceVersion" ADD CONSTRAINT "SourceVersion_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "LeaderboardSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceName" ADD CONSTRAINT "SourceName_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "LeaderboardSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceName" ADD CONSTRAINT "SourceName_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE SET NULL ON UPDATE CASCADE;
