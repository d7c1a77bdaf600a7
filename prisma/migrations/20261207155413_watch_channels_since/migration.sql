-- AlterTable
ALTER TABLE "WatchlistEntry" ADD COLUMN     "channelsSince" JSONB NOT NULL DEFAULT '{}';
