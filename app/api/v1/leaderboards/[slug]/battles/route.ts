import { apiRoute } from "@/lib/api/api-route";
import { created } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { readBattleUpload } from "@/lib/api/v1/read-battle-upload";
import { importBattles } from "@/lib/battles/import-battles";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.importBattles, async ({ params, query, actor, request }) => {
  const upload = await readBattleUpload(request);
  try {
    const data = await importBattles(await getDb(), actor, params.slug, upload.source, { createModels: query.createModels === "true" });
    return created({ data });
  } finally {
    await upload.remove();
  }
});
export const OPTIONS = corsPreflight(["POST"]);
