import { z } from "zod";
import { decodeCursor } from "@/lib/db/cursor";

/** A `cursor` query parameter that decodes into the typed key, or fails naming `cursor`. */
export function cursorParam<T extends z.ZodType>(scope: string, shape: T) {
  return z
    .string()
    .max(1000, "is too long to be a cursor")
    .transform((raw, ctx) => {
      const key = decodeCursor(raw, scope, shape);
      if (key === null) {
        ctx.addIssue({
          code: "custom",
          message: "is not a cursor this endpoint issued; pass the `next` value of the previous page unchanged",
        });
        return z.NEVER;
      }
      return key;
    })
    .optional()
    .describe("Opaque cursor: the `next` value of the previous page. Omit for the first page.");
}
