-- AlterTable
ALTER TABLE "NewsItem" ADD COLUMN     "titleTokens" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "NewsItem_titleTokens_idx" ON "NewsItem" USING GIN ("titleTokens");
