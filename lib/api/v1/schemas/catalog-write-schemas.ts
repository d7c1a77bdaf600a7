// Request and response bodies of the catalog writes: models, aliases,
// lifecycle, merge, leaderboards and snapshot imports.
import { isSaneDate, SANE_DATE_MESSAGE } from "@/lib/db/sane-date";
import { z } from "zod";
import type * as catalog from "@/lib/catalog/catalog-types";
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "@/lib/catalog/slugify-name";
import {
  LifecycleStageSchema,
  ModalitySchema,
  OrganizationRefSchema,
  RatingMethodSchema,
  component,
  dateTime,
} from "./common-schemas";
import type { Holds, SameShape } from "./same-shape";

const slugField = z
  .string()
  .max(MAX_SLUG_LENGTH, `must be at most ${MAX_SLUG_LENGTH} characters`)
  .regex(SLUG_PATTERN, "must be lower-case letters, digits and single hyphens, e.g. kling-2-5-turbo");
const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);
const httpUrl = z
  .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
  .max(2000, "must be at most 2000 characters");
/** A date (YYYY-MM-DD, midnight UTC) or a date-time with offset. */
const when = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: "must be a date (YYYY-MM-DD) or an ISO date-time" })
  .refine(isSaneDate, SANE_DATE_MESSAGE);

export const ExternalLinkSchema = component(
  "ExternalLink",
  z.strictObject({ label: text(80), url: httpUrl }),
);

const modelFields = {
  name: text(120),
  organization: text(120)
    .nullable()
    .describe("Owner's name; an organization of that name is created if none exists. Null while the owner is unknown."),
  unit: text(120).nullable().describe("Team or unit inside the organization"),
  modalities: z.array(ModalitySchema).max(6).refine((m) => new Set(m).size === m.length, "must not repeat a modality"),
  description: text(4000).nullable(),
  websiteUrl: httpUrl.nullable(),
  links: z.array(ExternalLinkSchema).max(20),
  firstSeenAt: when.nullable(),
  announcedAt: when.nullable(),
};

export const CreateModelBodySchema = component(
  "CreateModelBody",
  z.strictObject({
    name: modelFields.name,
    slug: slugField.optional().describe("Default: derived from the name"),
    organization: modelFields.organization.optional(),
    unit: modelFields.unit.optional(),
    modalities: modelFields.modalities.optional(),
    lifecycleStage: LifecycleStageSchema.optional().describe("Default ANNOUNCED; an anonymous arena entry is ARENA_ONLY"),
    description: modelFields.description.optional(),
    websiteUrl: modelFields.websiteUrl.optional(),
    links: modelFields.links.optional(),
    firstSeenAt: modelFields.firstSeenAt.optional(),
    announcedAt: modelFields.announcedAt.optional(),
    aliases: z.array(text(120)).max(30).optional().describe("Other names news may use for it"),
  }),
);

export const UpdateModelBodySchema = component(
  "UpdateModelBody",
  z
    .strictObject({
      name: modelFields.name.optional(),
      organization: modelFields.organization.optional(),
      unit: modelFields.unit.optional(),
      modalities: modelFields.modalities.optional(),
      description: modelFields.description.optional(),
      websiteUrl: modelFields.websiteUrl.optional(),
      links: modelFields.links.optional(),
      firstSeenAt: modelFields.firstSeenAt.optional(),
      announcedAt: modelFields.announcedAt.optional(),
    })
    .refine((b) => Object.keys(b).length > 0, "must change at least one field"),
);

export const AddAliasBodySchema = component("AddAliasBody", z.strictObject({ alias: text(120) }));

export const LifecycleBodySchema = component(
  "LifecycleBody",
  z.strictObject({
    toStage: LifecycleStageSchema,
    occurredAt: when.describe("When it happened (not when it was recorded)"),
    note: text(2000).describe("What happened, for readers"),
    sourceUrl: httpUrl.nullable().optional().describe("The evidence"),
  }),
);

export const MergeBodySchema = component(
  "MergeBody",
  z.strictObject({
    into: slugField.describe("Slug of the model that stays (the real model)"),
    note: text(2000).describe("Why: e.g. the owner confirmed the arena entry is theirs"),
    snapshotConflicts: z
      .enum(["refuse", "keep-target"])
      .optional()
      .describe(
        "When both models have a snapshot on the same leaderboard at the same time and method: `refuse` (default) answers 409 listing them; `keep-target` keeps the target's and drops the source's.",
      ),
  }),
);

export const CreateLeaderboardBodySchema = component(
  "CreateLeaderboardBody",
  z.strictObject({
    name: text(120),
    slug: slugField.optional().describe("Default: derived from the name"),
    source: text(120).describe("Who publishes it, e.g. Artificial Analysis Video Arena"),
    sourceUrl: httpUrl.nullable().optional(),
    pool: text(80).describe("e.g. text-to-video"),
    withAudio: z.boolean().optional(),
    modality: ModalitySchema,
    method: RatingMethodSchema.optional(),
    minVotes: z.number().int().min(0).max(10_000_000).optional().describe("Below this a model is provisional (default 1000)"),
    description: text(4000).nullable().optional(),
    position: z.number().int().min(0).max(10_000).optional(),
  }),
);

export const ImportSnapshotsBodySchema = component(
  "ImportSnapshotsBody",
  z
    .strictObject({
      rows: z
        .array(z.record(z.string(), z.unknown()))
        .max(5000, "may hold at most 5000 rows")
        .optional()
        .describe(
          "Snapshot rows: model (slug or alias), capturedAt, rating, ciLow, ciHigh, votes, appearances, method, pool, anchor, displayLabel",
        ),
      csv: z
        .string()
        .max(2_000_000, "must be at most 2 MB")
        .optional()
        .describe("The same rows as CSV text with a header line naming the columns"),
    })
    .refine((b) => (b.rows === undefined) !== (b.csv === undefined), "send exactly one of `rows` and `csv`"),
);

export const ModelRecordSchema = component(
  "ModelRecord",
  z.object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    organization: OrganizationRefSchema.nullable(),
    unit: z.string().nullable(),
    modalities: z.array(ModalitySchema),
    lifecycleStage: LifecycleStageSchema,
    description: z.string().nullable(),
    websiteUrl: z.string().nullable(),
    links: z.array(z.object({ label: z.string(), url: z.string() })),
    firstSeenAt: dateTime.nullable(),
    announcedAt: dateTime.nullable(),
    aliases: z.array(z.object({ id: z.string(), alias: z.string() })),
    version: z.number().int().describe("Send it back as If-Match to edit"),
    updatedAt: dateTime,
  }),
);

export const MergeResultSchema = component(
  "MergeResult",
  z.object({
    from: z.string().describe("The merged (deleted) model's slug; it now redirects"),
    into: ModelRecordSchema,
    moved: z.object({
      claims: z.number().int(),
      snapshots: z.number().int(),
      snapshotsDropped: z.number().int().describe("Source snapshots dropped under keep-target"),
      newsLinks: z.number().int(),
      aliases: z.number().int(),
      watchers: z.number().int(),
      battles: z.number().int(),
      lifecycleSteps: z.number().int(),
      redirects: z.number().int().describe("Older slugs that now point at the target"),
    }),
  }),
);

export const LeaderboardRecordSchema = component(
  "LeaderboardRecord",
  z.object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    source: z.string(),
    sourceUrl: z.string().nullable(),
    pool: z.string(),
    withAudio: z.boolean(),
    modality: ModalitySchema,
    method: RatingMethodSchema,
    minVotes: z.number().int(),
    description: z.string().nullable(),
    position: z.number().int(),
  }),
);

export const ImportResultSchema = component(
  "ImportResult",
  z.object({
    leaderboard: z.string(),
    created: z.number().int().describe("New snapshots"),
    replaced: z.number().int().describe("Existing snapshots (same model, time and method) overwritten"),
    capturedAt: z.array(dateTime).describe("Snapshot times whose ranks were recomputed"),
    models: z.array(z.string()).describe("Slugs of the models touched"),
  }),
);

/** Writes answer `{ data: … }`, like the reads and the claim writes. */
export const ModelRecordResponseSchema = component("ModelRecordResponse", z.object({ data: ModelRecordSchema }));
export const MergeResponseSchema = component("MergeResponse", z.object({ data: MergeResultSchema }));
export const LeaderboardRecordResponseSchema = component("LeaderboardRecordResponse", z.object({ data: LeaderboardRecordSchema }));
export const ImportResponseSchema = component("ImportResponse", z.object({ data: ImportResultSchema }));

export type CreateModelBody = z.output<typeof CreateModelBodySchema>;
export type UpdateModelBody = z.output<typeof UpdateModelBodySchema>;
export type LifecycleBody = z.output<typeof LifecycleBodySchema>;
export type MergeBody = z.output<typeof MergeBodySchema>;
export type CreateLeaderboardBody = z.output<typeof CreateLeaderboardBodySchema>;
export type ModelRecord = z.output<typeof ModelRecordSchema>;
export type MergeResult = z.output<typeof MergeResultSchema>;
export type LeaderboardRecord = z.output<typeof LeaderboardRecordSchema>;
export type ImportResult = z.output<typeof ImportResultSchema>;

export type CatalogWireMatchesDomain = [
  Holds<SameShape<CreateModelBody, catalog.CreateModelBody>>,
  Holds<SameShape<UpdateModelBody, catalog.UpdateModelBody>>,
  Holds<SameShape<LifecycleBody, catalog.LifecycleBody>>,
  Holds<SameShape<MergeBody, catalog.MergeBody>>,
  Holds<SameShape<CreateLeaderboardBody, catalog.CreateLeaderboardBody>>,
  Holds<SameShape<ModelRecord, catalog.ModelRecord>>,
  Holds<SameShape<MergeResult, catalog.MergeResult>>,
  Holds<SameShape<LeaderboardRecord, catalog.LeaderboardRecord>>,
  Holds<SameShape<ImportResult, catalog.ImportResult>>,
];
