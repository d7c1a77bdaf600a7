import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { changePassword } from "@/lib/accounts/change-password";
import { sessionSetCookie } from "@/lib/auth/session-cookie";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

// Other sessions end; a caller on a session gets a new one, so this browser stays signed in.
export const POST = apiRoute(apiV1.changePassword, async ({ body, actor }) => {
  const { sessionsValidFrom } = await changePassword(await getDb(), actor, body);
  const setCookie = actor.via === "session" ? await sessionSetCookie(actor.userId, sessionsValidFrom.getTime(), getEnv()) : undefined;
  return { ...ok({ data: { changed: true as const } }), setCookie };
});

export const OPTIONS = corsPreflight(["POST"]);
