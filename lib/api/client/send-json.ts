// The browser side of a write: every editor/admin form calls the same /api/v1
// endpoints API clients use (same-origin, with the session cookie), so there
// is one server-side path for every mutation.

export interface ProblemBody {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: { name: string; reason: string }[];
  rule?: string;
  [extension: string]: unknown;
}

export type SendResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; problem: ProblemBody };

const NETWORK_ERROR = {
  ok: false,
  status: 0,
  problem: { status: 0, title: "Network error", detail: "The server could not be reached. Nothing was changed; try again." },
} as const;

export async function sendJson<T = unknown>(
  method: "POST" | "PATCH" | "PUT" | "DELETE",
  path: string,
  body?: unknown,
  opts: { ifMatch?: number } = {},
): Promise<SendResult<T>> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (opts.ifMatch !== undefined) headers["if-match"] = `"${opts.ifMatch}"`;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch {
    return NETWORK_ERROR;
  }
  return readResult<T>(response);
}

/**
 * Sends a file as the request body, streamed by the browser (a large CSV is
 * never read into the page), e.g. a battle import.
 */
export async function sendFile<T = unknown>(path: string, file: Blob, contentType: string): Promise<SendResult<T>> {
  try {
    const response = await fetch(path, { method: "POST", headers: { accept: "application/json", "content-type": contentType }, body: file, credentials: "same-origin" });
    return readResult<T>(response);
  } catch {
    return NETWORK_ERROR;
  }
}

/** A response as the result type: its JSON when ok, else its problem. */
async function readResult<T>(response: Response): Promise<SendResult<T>> {
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (response.ok) return { ok: true, status: response.status, data: parsed as T };
  const problem = (parsed && typeof parsed === "object" ? parsed : { detail: text }) as ProblemBody;
  return { ok: false, status: response.status, problem: { ...problem, status: response.status } };
}

/** One line for people: the detail, plus each named field. */
export function describeProblem(problem: ProblemBody): string {
  const fields = problem.errors?.map((e) => `${e.name}: ${e.reason}`).join("; ");
  return [problem.detail ?? problem.title ?? `HTTP ${problem.status}`, fields].filter(Boolean).join(" — ");
}
