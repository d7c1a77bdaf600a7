// What the catalog writes take and return, independent of HTTP: the API's
// bodies (lib/api/v1/schemas/catalog-write-schemas.ts) are checked against
// these shapes by the compiler. Dates travel as ISO strings: a date
// (YYYY-MM-DD, midnight UTC) or a date-time with offset on the way in.
import type { LifecycleStage, Modality, RatingMethod } from "@/lib/db/enums";

/** A type, not an interface: it is stored as JSON (Prisma's JSON input needs an index signature). */
export type ExternalLink = {
  label: string;
  url: string;
};

export interface CreateModelBody {
  name: string;
  /** Default: derived from the name. */
  slug?: string;
  /** Owner's name; an organization of that name is created if none exists. Null while unknown. */
  organization?: string | null;
  unit?: string | null;
  modalities?: Modality[];
  /** Default ANNOUNCED; an anonymous arena entry is ARENA_ONLY. */
  lifecycleStage?: LifecycleStage;
  description?: string | null;
  websiteUrl?: string | null;
  links?: ExternalLink[];
  firstSeenAt?: string | null;
  announcedAt?: string | null;
  aliases?: string[];
}

export interface UpdateModelBody {
  name?: string;
  organization?: string | null;
  unit?: string | null;
  modalities?: Modality[];
  description?: string | null;
  websiteUrl?: string | null;
  links?: ExternalLink[];
  firstSeenAt?: string | null;
  announcedAt?: string | null;
}

export interface LifecycleBody {
  toStage: LifecycleStage;
  /** When it happened (not when it was recorded). */
  occurredAt: string;
  note: string;
  sourceUrl?: string | null;
}

export interface MergeBody {
  /** Slug of the model that stays. */
  into: string;
  note: string;
  /** Same-time snapshots on one board: `refuse` (default) or keep the target's. */
  snapshotConflicts?: "refuse" | "keep-target";
}

export interface CreateLeaderboardBody {
  name: string;
  slug?: string;
  source: string;
  sourceUrl?: string | null;
  pool: string;
  withAudio?: boolean;
  modality: Modality;
  method?: RatingMethod;
  /** Below this a model is provisional (default 1000). */
  minVotes?: number;
  description?: string | null;
  position?: number;
}

/** A model as editors see and write it, with its version for If-Match. */
export interface ModelRecord {
  id: string;
  slug: string;
  name: string;
  organization: { slug: string; name: string } | null;
  unit: string | null;
  modalities: Modality[];
  lifecycleStage: LifecycleStage;
  description: string | null;
  websiteUrl: string | null;
  links: { label: string; url: string }[];
  firstSeenAt: string | null;
  announcedAt: string | null;
  aliases: { id: string; alias: string }[];
  version: number;
  updatedAt: string;
}

export interface MergeResult {
  /** The merged (deleted) model's slug; it now redirects. */
  from: string;
  into: ModelRecord;
  moved: {
    claims: number;
    snapshots: number;
    /** Source snapshots dropped under keep-target. */
    snapshotsDropped: number;
    newsLinks: number;
    aliases: number;
    watchers: number;
    battles: number;
    lifecycleSteps: number;
    /** Older slugs that now point at the target. */
    redirects: number;
  };
}

export interface LeaderboardRecord {
  id: string;
  slug: string;
  name: string;
  source: string;
  sourceUrl: string | null;
  pool: string;
  withAudio: boolean;
  modality: Modality;
  method: RatingMethod;
  minVotes: number;
  description: string | null;
  position: number;
}

export interface ImportResult {
  leaderboard: string;
  /** New snapshots. */
  created: number;
  /** Existing snapshots (same model, time and method) overwritten. */
  replaced: number;
  /** Snapshot times whose ranks were recomputed. */
  capturedAt: string[];
  /** Slugs of the models touched. */
  models: string[];
}
