import { getDb, type Db, type Prisma } from "@/lib/db";

// One query (Prisma batches the includes) for everything in a profile's header,
// watch checklist and claims section, including each claim's audit trail (its
// history, the chart's verdict annotations and ClaimReview dates all read it).
// Editorial-only fields (assignee, creator) stay out; of an event's actor only
// the display name is read, never the e-mail.
const profileSelect = {
  id: true,
  slug: true,
  name: true,
  unit: true,
  modalities: true,
  lifecycleStage: true,
  firstSeenAt: true,
  announcedAt: true,
  description: true,
  websiteUrl: true,
  isDemo: true,
  updatedAt: true,
  organization: { select: { slug: true, name: true, url: true } },
  aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
  lifecycle: {
    select: { id: true, fromStage: true, toStage: true, occurredAt: true, note: true, sourceUrl: true },
    orderBy: { occurredAt: "asc" },
  },
  claims: {
    select: {
      id: true,
      category: true,
      statement: true,
      status: true,
      confidence: true,
      reviewBy: true,
      isDemo: true,
      updatedAt: true,
      sources: {
        select: { id: true, url: true, title: true, publisher: true, kind: true, quote: true, publishedAt: true },
        orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "asc" }],
      },
      events: {
        select: {
          id: true,
          type: true,
          fromStatus: true,
          toStatus: true,
          note: true,
          evidence: true,
          createdAt: true,
          actor: { select: { name: true } },
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  },
} satisfies Prisma.ModelSelect;

type ProfileRow = NonNullable<Awaited<ReturnType<typeof findProfile>>>;

export type ModelProfile = Omit<ProfileRow, "aliases"> & { aliases: string[] };
export type ProfileClaim = ModelProfile["claims"][number];
export type ProfileClaimSource = ProfileClaim["sources"][number];
export type ProfileLifecycleEvent = ModelProfile["lifecycle"][number];

function findProfile(db: Db, slug: string) {
  return db.model.findUnique({ where: { slug }, select: profileSelect });
}

/** A model's public profile by its current slug, or null (see findSlugRedirect for old slugs). */
export async function getModelProfileOrNull(slug: string, db?: Db): Promise<ModelProfile | null> {
  const client = db ?? (await getDb());
  const row = await findProfile(client, slug);
  if (!row) return null;
  return { ...row, aliases: row.aliases.map((a) => a.alias) };
}
