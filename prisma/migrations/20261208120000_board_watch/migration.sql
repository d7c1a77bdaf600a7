-- CreateTable
CREATE TABLE "BoardWatch" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "leaderboardId" TEXT NOT NULL,
    "signals" "SignalType"[],
    "channels" "Channel"[],
    "channelsSince" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BoardWatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BoardWatch_leaderboardId_idx" ON "BoardWatch"("leaderboardId");

-- CreateIndex
CREATE UNIQUE INDEX "BoardWatch_userId_leaderboardId_key" ON "BoardWatch"("userId", "leaderboardId");

-- AddForeignKey
ALTER TABLE "BoardWatch" ADD CONSTRAINT "BoardWatch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardWatch" ADD CONSTRAINT "BoardWatch_leaderboardId_fkey" FOREIGN KEY ("leaderboardId") REFERENCES "Leaderboard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

