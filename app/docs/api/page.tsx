import type { Metadata } from "next";
import { Fragment } from "react";
import { PROBLEM_KINDS, problemType, type ProblemKind } from "@/lib/api/problem";
import type { OpenApiOperation } from "@/lib/api/openapi-types";
import { getOpenApiDocument } from "@/lib/api/v1/openapi-document";
import styles from "./api-docs.module.css";
import { EndpointSection } from "./endpoint-section";
import { BlockMarkdown, InlineMarkdown } from "./inline-markdown";
import { SchemaSection } from "./schema-section";

export const metadata: Metadata = {
  title: "API reference",
  description: "Modelwatch's public JSON API: models, claims, leaderboards, rating history and news, with CSV export.",
};

const OPENAPI_PATH = "/api/v1/openapi.json";

/** What each problem type means for the caller, in the order of PROBLEM_KINDS. */
const PROBLEM_HELP: Record<ProblemKind, string> = {
  "invalid-parameters": "A query or path parameter is malformed, out of range or not a parameter of this endpoint. `errors` lists each one by name with the reason; fix them and retry.",
  unauthenticated: "The endpoint needs credentials: sign in, or send `Authorization: Bearer <token>` with an API token. Also sent for a revoked or expired token and a disabled account.",
  forbidden: "Your role does not allow this action (the detail names the permission), or a signed-in browser write came from another site.",
  "not-found": "Nothing has this slug: an unknown model or leaderboard, also when named in a filter such as `?model=`.",
  "method-not-allowed": "The path exists but does not take this method (a POST to a read-only list, say). `Allow` and `allowed` list the methods it does take.",
  conflict: "The change collides with the current state: a duplicate, or a write based on a stale version. `current` carries the resource as it is now; nothing was overwritten.",
  "policy-violation": "Well-formed, but an editorial rule refuses it; `rule` names the rule.",
  "payload-too-large": "The request body is larger than the endpoint takes (1 MiB unless it says more; battle CSV uploads 256 MiB). `maxBytes` gives the limit; nothing was read past it and nothing was written. Split the upload.",
  "precondition-required": "A conditional write was sent without `If-Match: <version>`. Read the resource, then send its `version` back.",
  "too-many-requests": "Too many attempts from your address or at this account. Wait the number of seconds in `Retry-After` (also in `retryAfter`).",
  internal: "Something failed on our side. Nothing about it is disclosed; it has been logged. Retrying later may help.",
};

/** A path that may wrap only after a slash, never inside a segment. */
function BreakablePath({ path }: { path: string }) {
  return path.split("/").map((segment, i) => (
    <Fragment key={i}>
      {i > 0 && (
        <>
          /<wbr />
        </>
      )}
      {segment}
    </Fragment>
  ));
}

interface Operation {
  path: string;
  method: string;
  op: OpenApiOperation;
}

/** Rendered from the same OpenAPI document the API serves; no data, so it is prerendered. */
export default function ApiDocsPage() {
  const doc = getOpenApiDocument();
  const operations: Operation[] = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).flatMap(([method, op]) => (op ? [{ path, method, op }] : [])),
  );
  const groups = doc.tags
    .map((tag) => ({ tag, ops: operations.filter((o) => o.op.tags.includes(tag.name)) }))
    .filter((g) => g.ops.length);
  const problems = Object.entries(PROBLEM_KINDS) as [ProblemKind, (typeof PROBLEM_KINDS)[ProblemKind]][];

  return (
    <div className={styles.page} data-testid="api-docs">
      <nav className={styles.toc} aria-label="On this page">
        <p className={styles.tocTitle}>On this page</p>
        <ul>
          <li>
            <a href="#conventions">Conventions</a>
          </li>
          {groups.map((g) => (
            <li key={g.tag.name}>
              <a href={`#tag-${g.tag.name.toLowerCase()}`}>{g.tag.name}</a>
              <ul>
                {g.ops.map((o) => (
                  <li key={o.op.operationId}>
                    <a href={`#${o.op.operationId}`}>
                      <code>
                        <BreakablePath path={o.path.replace("/api/v1", "")} />
                      </code>
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
          <li>
            <a href="#webhooks">Webhooks</a>
          </li>
          <li>
            <a href="#errors">Errors</a>
          </li>
          <li>
            <a href="#schemas">Schemas</a>
          </li>
        </ul>
      </nav>

      <article className={styles.content}>
        <header className={styles.header}>
          <p className={styles.kicker}>API reference · v{doc.info.version}</p>
          <h1>{doc.info.title}</h1>
          <p className={styles.lead}>
            JSON over HTTP, no key needed for reading. The machine-readable description is the{" "}
            <a href={OPENAPI_PATH}>OpenAPI {doc.openapi} document</a>; this page is rendered from it.
          </p>
        </header>

        <section id="conventions" aria-labelledby="conventions-title" className={styles.prose}>
          <h2 id="conventions-title">Conventions</h2>
          <BlockMarkdown text={doc.info.description} />
        </section>

        {groups.map((g) => (
          <section key={g.tag.name} id={`tag-${g.tag.name.toLowerCase()}`} aria-labelledby={`tag-${g.tag.name}-title`}>
            <h2 id={`tag-${g.tag.name}-title`}>{g.tag.name}</h2>
            <p className={styles.muted}>{g.tag.description}</p>
            {g.ops.map((o) => (
              <EndpointSection key={o.op.operationId} {...o} />
            ))}
          </section>
        ))}

        <section id="webhooks" aria-labelledby="webhooks-title">
          <h2 id="webhooks-title">Webhooks</h2>
          <p>
            What a subscriber&apos;s webhook receives, one body per signal type (<code>webhooks</code> in the OpenAPI document). Each names its
            subject by stable ids, with links to the subject itself on the site and in the API, built from the site&apos;s public URL.
          </p>
          {Object.entries(doc.webhooks).map(([type, { post }]) => {
            const media = post.requestBody?.content["application/json"];
            const schemaId = typeof media?.schema.$ref === "string" ? media.schema.$ref.split("/").pop() : undefined;
            return (
              <section key={type} id={`webhook-${type}`} aria-labelledby={`webhook-${type}-title`}>
                <h3 id={`webhook-${type}-title`}>
                  <code>{type}</code>
                </h3>
                <p>
                  {post.summary}
                  {schemaId && (
                    <>
                      {" "}
                      (schema{" "}
                      <a href={`#schema-${schemaId}`}>
                        <code>{schemaId}</code>
                      </a>
                      )
                    </>
                  )}
                </p>
                {/* Focusable so a keyboard can scroll it (WCAG 2.1.1). */}
                <pre className={styles.example} tabIndex={0} role="region" aria-label={`Example ${type} body`}>
                  {JSON.stringify(media?.example, null, 2)}
                </pre>
              </section>
            );
          })}
        </section>

        <section id="errors" aria-labelledby="errors-title">
          <h2 id="errors-title">Errors</h2>
          <p>
            Every error is an RFC 9457 <code>application/problem+json</code> document (schema{" "}
            <a href="#schema-Problem">
              <code>Problem</code>
            </a>
            ). Its <code>type</code> links to one of these sections.
          </p>
          {problems.map(([kind, p]) => (
            <section key={kind} id={`problem-${kind}`} className={styles.problem} aria-labelledby={`problem-${kind}-title`}>
              <h3 id={`problem-${kind}-title`}>
                <span className={styles.status} data-class={String(p.status)[0]}>
                  {p.status}
                </span>{" "}
                {p.title}
              </h3>
              <p>
                <InlineMarkdown text={PROBLEM_HELP[kind]} />
              </p>
              <p className={styles.muted}>
                <code>type: &quot;{problemType(kind)}&quot;</code>
              </p>
            </section>
          ))}
        </section>

        <section id="schemas" aria-labelledby="schemas-title">
          <h2 id="schemas-title">Schemas</h2>
          {Object.entries(doc.components.schemas).map(([name, schema]) => (
            <SchemaSection key={name} name={name} schema={schema} />
          ))}
        </section>
      </article>
    </div>
  );
}
