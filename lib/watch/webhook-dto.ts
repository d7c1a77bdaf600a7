import type { Prisma } from "../db";

export const WEBHOOK_SELECT = { id: true, url: true, enabled: true, failureCount: true, disabledAt: true, createdAt: true } as const satisfies Prisma.WebhookSelect;
type WebhookRow = Prisma.WebhookGetPayload<{ select: typeof WEBHOOK_SELECT }>;

export interface WebhookDto {
  id: string;
  url: string;
  enabled: boolean;
  failureCount: number;
  disabledAt: string | null;
  createdAt: string;
}

export function toWebhookDto(row: WebhookRow): WebhookDto {
  return { ...row, disabledAt: row.disabledAt?.toISOString() ?? null, createdAt: row.createdAt.toISOString() };
}

export const DELIVERY_LOG_SELECT = {
  id: true,
  idempotencyKey: true,
  status: true,
  attempts: true,
  responseStatus: true,
  lastError: true,
  nextAttemptAt: true,
  sentAt: true,
  createdAt: true,
} as const satisfies Prisma.DeliverySelect;
type DeliveryRow = Prisma.DeliveryGetPayload<{ select: typeof DELIVERY_LOG_SELECT }>;

export function toDeliveryDto(row: DeliveryRow) {
  return {
    ...row,
    nextAttemptAt: row.nextAttemptAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
