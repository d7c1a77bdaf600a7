// Server components' guard for signed-in pages (/editor, /admin, /account).
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "../db";
import type { Actor } from "./actor";
import { actorFromSession } from "./authenticate-request";
import { can, type Permission } from "./permissions";

/** The signed-in user of this page request, or null. */
export async function getPageActor(): Promise<Actor | null> {
  // Headers first: it marks the page as per-request, so `next build` never
  // tries to prerender it (and never opens the database).
  const cookie = (await headers()).get("cookie");
  return actorFromSession(await getDb(), cookie);
}

/**
 * The signed-in user, who must hold `permission`; anyone else is sent to the
 * sign-in page, which says why and comes back to `returnTo` afterwards.
 */
export async function requirePageActor(permission: Permission, returnTo: string): Promise<Actor> {
  const actor = await getPageActor();
  const back = encodeURIComponent(returnTo);
  if (!actor) redirect(`/signin?callbackUrl=${back}`);
  if (!can(actor.role, permission)) redirect(`/signin?denied=${permission}&callbackUrl=${back}`);
  return actor;
}
