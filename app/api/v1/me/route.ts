import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { permissionsOf } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";

export const GET = apiRoute(apiV1.getMe, async ({ actor }) =>
  ok({
    data: {
      id: actor.userId,
      email: actor.email,
      name: actor.name,
      role: actor.role,
      permissions: permissionsOf(actor.role),
      via: actor.via,
    },
  }),
);
export const OPTIONS = corsPreflight(["GET"]);
