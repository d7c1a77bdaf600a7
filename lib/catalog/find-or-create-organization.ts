import type { Tx } from "@/lib/db";
import { slugifyName } from "./slugify-name";

/** The organization with this name (matched by its slug), created when there is none yet. */
export async function findOrCreateOrganization(tx: Tx, name: string): Promise<{ id: string; slug: string }> {
  const slug = slugifyName(name) || "organization";
  return tx.organization.upsert({
    where: { slug },
    update: {},
    create: { slug, name },
    select: { id: true, slug: true },
  });
}
