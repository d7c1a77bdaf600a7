-- AlterTable
ALTER TABLE "NewsItem" ADD COLUMN     "language" TEXT;

