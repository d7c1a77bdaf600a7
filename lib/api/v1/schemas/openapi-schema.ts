import { z } from "zod";
import type { OpenApiDocument } from "../../openapi-types";

/** Loose on purpose: the document describes itself; this only pins its top level. */
export const OpenApiDocumentSchema = z.custom<OpenApiDocument>(
  (v) => typeof v === "object" && v !== null && "openapi" in v && "paths" in v,
);
