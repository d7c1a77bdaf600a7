// Watch-lists, notifications, webhooks and the private feed: request and
// response shapes of the /api/v1/me/... subscriber endpoints.
import { saneDateTime } from "@/lib/db/sane-date";
import { z } from "zod";
import { Channel, DeliveryStatus, DigestFrequency, SignalType } from "@/lib/db/enums";
import { NOTIFICATIONS_SCOPE } from "@/lib/watch/list-notifications";
import { BOARD_SIGNALS, WATCHABLE_SIGNALS } from "@/lib/watch/watch-signal-labels";
import { cursorParam } from "../../cursor";
import { limit } from "../query-schemas";
import { component, dateTime } from "./common-schemas";

export const SignalTypeSchema = component("SignalType", z.enum(SignalType));
export const ChannelSchema = component("Channel", z.enum(Channel));
const modelRef = z.object({ slug: z.string(), name: z.string() });

export const WatchSchema = component(
  "Watch",
  z.object({
    model: modelRef,
    signals: z.array(SignalTypeSchema).describe("Empty: every signal"),
    channels: z.array(ChannelSchema).describe("Empty: every channel you have set up"),
    ratingThreshold: z.number().nullable().describe("Raw Elo move that alerts even inside the 95% interval; null: only moves beyond it"),
    rival: modelRef.nullable().describe("The model whose interval separating from this one is a signal"),
    createdAt: dateTime,
  }),
);
export const WatchListSchema = component("WatchList", z.object({ data: z.array(WatchSchema) }));
export const WatchDocumentSchema = component("WatchDocument", z.object({ data: WatchSchema }));
export const UnwatchedSchema = z.object({ data: z.object({ model: z.string(), watching: z.literal(false) }) });

export const WatchBodySchema = z
  .strictObject({
    signals: z
      .array(z.enum(WATCHABLE_SIGNALS, { error: `must be one of ${WATCHABLE_SIGNALS.join(", ")}` }))
      .max(WATCHABLE_SIGNALS.length)
      .optional()
      .describe("Signals wanted; empty or omitted on a new entry: every signal"),
    channels: z
      .array(z.enum(Channel, { error: `must be one of ${Object.values(Channel).join(", ")}` }))
      .max(4)
      .optional()
      .describe("Channels wanted; empty or omitted on a new entry: every channel you have set up"),
    ratingThreshold: z.number().positive("must be positive").max(1000).nullable().optional().describe("Raw Elo move that alerts even inside the interval"),
    rival: z.string().min(1).max(200).nullable().optional().describe("Slug of a rival model; null clears it"),
  })
  .optional();

const channelsField = z
  .array(z.enum(Channel, { error: `must be one of ${Object.values(Channel).join(", ")}` }))
  .max(4)
  .optional()
  .describe("Channels wanted; empty or omitted on a new watch: every channel you have set up");

export const BoardWatchSchema = component(
  "BoardWatch",
  z.object({
    leaderboard: z.object({ slug: z.string(), name: z.string() }),
    signals: z.array(SignalTypeSchema).describe(`Empty: every board signal (${BOARD_SIGNALS.join(", ")})`),
    channels: z.array(ChannelSchema).describe("Empty: every channel you have set up"),
    createdAt: dateTime,
  }),
);
export const BoardWatchListSchema = component("BoardWatchList", z.object({ data: z.array(BoardWatchSchema) }));
export const BoardWatchDocumentSchema = component("BoardWatchDocument", z.object({ data: BoardWatchSchema }));
export const BoardUnwatchedSchema = z.object({ data: z.object({ leaderboard: z.string(), watching: z.literal(false) }) });
export const BoardWatchBodySchema = z
  .strictObject({
    signals: z
      .array(z.enum(BOARD_SIGNALS, { error: `must be one of ${BOARD_SIGNALS.join(", ")}` }))
      .max(BOARD_SIGNALS.length)
      .optional()
      .describe("NEW_CONTENDER: an unknown name entered the board's top N; RANK_CHANGED: a model reached or left rank 1. Empty or omitted on a new watch: both"),
    channels: channelsField,
  })
  .optional();

const NOTIFICATION_KEY = z.tuple([saneDateTime, z.string()]);
export const notificationsQuery = z.strictObject({
  limit,
  cursor: cursorParam(NOTIFICATIONS_SCOPE, NOTIFICATION_KEY),
  unread: z.enum(["true", "false"], { error: "must be true or false" }).optional().describe("true: unread ones only"),
});

export const NotificationSchema = component(
  "Notification",
  z.object({
    id: z.string(),
    type: SignalTypeSchema,
    title: z.string(),
    model: modelRef.nullable(),
    verified: z.boolean().describe("A verified change (listed first in digests); false: unverified or not about a claim's verdict"),
    occurredAt: dateTime,
    readAt: dateTime.nullable(),
    link: z.string().describe("Path on this site where it happened"),
  }),
);
export const NotificationPageSchema = component(
  "NotificationPage",
  z.object({
    data: z.array(NotificationSchema),
    next: z.string().nullable().describe("Cursor of the next page, or null"),
    unreadCount: z.number().int().describe("Unread notifications in the inbox, all pages"),
  }),
);
export const MarkReadBodySchema = z.strictObject({
  ids: z.array(z.string().min(1).max(100)).max(500).optional().describe("Notifications to mark read; omitted: all of them"),
});
export const MarkedReadSchema = z.object({ data: z.object({ marked: z.number().int(), unreadCount: z.number().int() }) });

export const NotificationSettingsSchema = component(
  "NotificationSettings",
  z.object({
    data: z.object({
      digest: z.enum(DigestFrequency).describe("INSTANT: one mail per change; DAILY / WEEKLY: one digest; NEVER: no mail"),
      feedUrl: z.string().nullable().describe("Only in the answer that creates the private feed URL; otherwise null"),
      hasFeed: z.boolean(),
    }),
  }),
);
export const NotificationSettingsBodySchema = z.strictObject({ digest: z.enum(DigestFrequency, { error: `must be one of ${Object.values(DigestFrequency).join(", ")}` }) });

export const WebhookSchema = component(
  "Webhook",
  z.object({
    id: z.string(),
    url: z.string(),
    enabled: z.boolean(),
    failureCount: z.number().int().describe("Consecutive failed deliveries"),
    disabledAt: dateTime.nullable(),
    createdAt: dateTime,
  }),
);
export const WebhookListSchema = component("WebhookList", z.object({ data: z.array(WebhookSchema) }));
export const WebhookDocumentSchema = z.object({ data: WebhookSchema });
export const CreatedWebhookSchema = component(
  "CreatedWebhook",
  z.object({ data: WebhookSchema, secret: z.string().describe("Signing secret; shown only in this answer") }),
);
export const CreateWebhookBodySchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).max(2000).describe("Where to POST the JSON"),
});
export const DeliverySchema = component(
  "Delivery",
  z.object({
    id: z.string(),
    idempotencyKey: z.string(),
    status: z.enum(DeliveryStatus),
    attempts: z.number().int(),
    responseStatus: z.number().int().nullable(),
    lastError: z.string().nullable(),
    nextAttemptAt: dateTime,
    sentAt: dateTime.nullable(),
    createdAt: dateTime,
  }),
);
export const DeliveryListSchema = component("DeliveryList", z.object({ data: z.array(DeliverySchema) }));
export const unsubscribeQuery = z.strictObject({ token: z.string().min(10).max(500).describe("The signed token from the e-mail's link") });
export const UnsubscribedSchema = z.object({ data: z.object({ email: z.string(), digest: z.literal("NEVER") }) });
