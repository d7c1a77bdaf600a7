-- AlterEnum
ALTER TYPE "SignalType" ADD VALUE 'WEBHOOK_DISABLED';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "channels" "Channel"[];
