import type { ReactNode } from "react";
import type { JsonSchema } from "@/lib/api/openapi-types";

const COMPONENT_PREFIX = "#/components/schemas/";

export const schemaAnchor = (name: string) => `schema-${name}`;

function join(parts: ReactNode[], sep: string): ReactNode[] {
  return parts.flatMap((p, i) => (i === 0 ? [p] : [sep, p]));
}

function asSchema(s: unknown): JsonSchema | null {
  return typeof s === "object" && s !== null ? (s as JsonSchema) : null;
}

/**
 * A compact, TypeScript-like reading of a JSON Schema: `string | null`,
 * `Claim[]`, `{ self: string; html: string }`, with component names linked.
 */
export function SchemaType({ schema }: { schema: JsonSchema }): ReactNode {
  return <code>{typeParts(schema)}</code>;
}

function typeParts(s: JsonSchema): ReactNode {
  if (s.$ref?.startsWith(COMPONENT_PREFIX)) {
    const name = s.$ref.slice(COMPONENT_PREFIX.length);
    return (
      <a key={name} href={`#${schemaAnchor(name)}`}>
        {name}
      </a>
    );
  }
  if (s.anyOf) return join(s.anyOf.map((a, i) => <span key={i}>{typeParts(a)}</span>), " | ");
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (Array.isArray(s.type)) return s.type.join(" | ");
  if (s.type === "array") {
    const items = asSchema(s.items);
    return <>{items ? typeParts(items) : "unknown"}[]</>;
  }
  if (s.type === "object") {
    const keys = asSchema(s.propertyNames);
    const values = asSchema(s.additionalProperties);
    if (keys && values && !s.properties) {
      return (
        <>
          Record&lt;{typeParts(keys)}, {typeParts(values)}&gt;
        </>
      );
    }
    const props = Object.entries(s.properties ?? {});
    if (!props.length) return "object";
    return (
      <>
        {"{ "}
        {join(
          props.map(([name, p]) => {
            const ps = asSchema(p);
            return (
              <span key={name}>
                {name}: {ps ? typeParts(ps) : "unknown"}
              </span>
            );
          }),
          "; ",
        )}
        {" }"}
      </>
    );
  }
  if (s.type === "string" && s.format) return `string (${s.format})`;
  if (s.type) return s.type;
  return "any";
}

/** Constraints worth a reader's attention (bounds, length), as short text. */
export function constraintsOf(s: JsonSchema): string[] {
  const out: string[] = [];
  if (s.minimum !== undefined && s.maximum !== undefined) out.push(`${s.minimum}–${s.maximum}`);
  else if (s.minimum !== undefined) out.push(`≥ ${s.minimum}`);
  else if (s.maximum !== undefined) out.push(`≤ ${s.maximum}`);
  if (s.maxLength !== undefined) out.push(`max ${s.maxLength} chars`);
  return out;
}
