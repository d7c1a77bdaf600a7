import type { JsonSchema } from "@/lib/api/openapi-types";
import styles from "./api-docs.module.css";
import { InlineMarkdown } from "./inline-markdown";
import { SchemaType, constraintsOf, schemaAnchor } from "./schema-type";

function Properties({ schema }: { schema: JsonSchema }) {
  const required = new Set(schema.required ?? []);
  const props = Object.entries(schema.properties ?? {}).flatMap(([name, p]) =>
    typeof p === "boolean" ? [] : [{ name, p }],
  );
  return (
    <div className={styles.tableWrap} role="region" aria-label="Fields" tabIndex={0}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Type</th>
            <th scope="col">Description</th>
          </tr>
        </thead>
        <tbody>
          {props.map(({ name, p }) => (
            <tr key={name}>
              <th scope="row">
                <code>{name}</code>
                {!required.has(name) && <span className={styles.muted}> optional</span>}
              </th>
              <td>
                <SchemaType schema={p} />
                {constraintsOf(p).map((c) => (
                  <span key={c} className={styles.constraint}>
                    {c}
                  </span>
                ))}
              </td>
              <td>{p.description ? <InlineMarkdown text={p.description} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One component schema: an object's fields, or an enum's values. */
export function SchemaSection({ name, schema }: { name: string; schema: JsonSchema }) {
  return (
    <section id={schemaAnchor(name)} className={styles.schema} aria-labelledby={`${schemaAnchor(name)}-title`}>
      <h3 id={`${schemaAnchor(name)}-title`}>
        <code>{name}</code>
      </h3>
      {schema.description && (
        <p>
          <InlineMarkdown text={schema.description} />
        </p>
      )}
      {schema.properties ? (
        <Properties schema={schema} />
      ) : (
        <p>
          <SchemaType schema={schema} />
        </p>
      )}
    </section>
  );
}
