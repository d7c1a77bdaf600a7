import type { OpenApiOperation, OpenApiResponse } from "@/lib/api/openapi-types";
import styles from "./api-docs.module.css";
import { BlockMarkdown, InlineMarkdown } from "./inline-markdown";
import { SchemaType, constraintsOf } from "./schema-type";

function ResponseBody({ response }: { response: OpenApiResponse }) {
  const entries = Object.entries(response.content ?? {});
  if (!entries.length) return <span className={styles.muted}>no body</span>;
  return (
    <>
      {entries.map(([type, media]) => (
        <span key={type} className={styles.media}>
          <SchemaType schema={media.schema} /> <span className={styles.muted}>as {type}</span>
        </span>
      ))}
    </>
  );
}

/** One operation: what it does, its parameters and every response it can give. */
export function EndpointSection({ path, method, op }: { path: string; method: string; op: OpenApiOperation }) {
  const titleId = `${op.operationId}-title`;
  const tryable = method === "get" && !path.includes("{");
  return (
    <section id={op.operationId} className={styles.endpoint} aria-labelledby={titleId} data-testid="api-endpoint" data-path={path}>
      <h3 id={titleId} className={styles.endpointTitle}>
        <span className={styles.method}>{method.toUpperCase()}</span> <code className={styles.path}>{path}</code>
      </h3>
      <p className={styles.summary}>{op.summary}</p>
      <BlockMarkdown text={op.description} />
      {tryable && (
        <p className={styles.try}>
          Try it: <a href={path}>{path}</a>
        </p>
      )}

      <h4>Parameters</h4>
      {op.parameters.length === 0 ? (
        <p className={styles.muted}>None.</p>
      ) : (
        <div className={styles.tableWrap} role="region" aria-label="Parameters" tabIndex={0}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">In</th>
                <th scope="col">Type</th>
                <th scope="col">Description</th>
              </tr>
            </thead>
            <tbody>
              {op.parameters.map((p) => (
                <tr key={`${p.in}:${p.name}`}>
                  <th scope="row">
                    <code>{p.name}</code>
                    {p.required && <span className={styles.required}> required</span>}
                  </th>
                  <td>{p.in}</td>
                  <td>
                    <SchemaType schema={p.schema} />
                    {constraintsOf(p.schema).map((c) => (
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
      )}

      <h4>Responses</h4>
      <div className={styles.tableWrap} role="region" aria-label="Responses" tabIndex={0}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col">Meaning</th>
              <th scope="col">Body</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(op.responses).map(([status, r]) => (
              <tr key={status}>
                <th scope="row">
                  <span className={styles.status} data-class={status[0]}>
                    {status}
                  </span>
                </th>
                <td>
                  <InlineMarkdown text={r.description} />
                </td>
                <td>
                  <ResponseBody response={r} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
