-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "actorChannel" TEXT,
ADD COLUMN     "clientIp" TEXT,
ADD COLUMN     "tokenId" TEXT,
ADD COLUMN     "userAgent" TEXT;

-- CreateIndex
CREATE INDEX "AuditEvent_action_createdAt_idx" ON "AuditEvent"("action", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");
