import type { Tx } from "@/lib/db";
import { ConflictError } from "@/lib/errors";

/**
 * Refuses a model slug that is taken, by a model or by an old slug that
 * redirects (reusing it would break links readers already have).
 * Checked before writing, so the transaction is never aborted by the unique index.
 */
export async function assertSlugFree(tx: Tx, slug: string): Promise<void> {
  const model = await tx.model.findUnique({ where: { slug }, select: { slug: true, name: true } });
  if (model) throw new ConflictError(`The slug "${slug}" is already used by ${model.name}.`, { slug, current: model });
  const redirect = await tx.slugRedirect.findUnique({ where: { fromSlug: slug }, select: { model: { select: { slug: true } } } });
  if (redirect) {
    throw new ConflictError(`The slug "${slug}" is an old address of ${redirect.model.slug} and keeps redirecting there.`, {
      slug,
      redirectsTo: redirect.model.slug,
    });
  }
}
