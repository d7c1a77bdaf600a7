import type { Db } from "@/lib/db";

export interface ModelChoice {
  slug: string;
  name: string;
}

/** Every model an item can be linked to, by name, for the review queue's model picker. */
export function listModelChoices(db: Db): Promise<ModelChoice[]> {
  return db.model.findMany({ select: { slug: true, name: true }, orderBy: [{ name: "asc" }, { slug: "asc" }] });
}
