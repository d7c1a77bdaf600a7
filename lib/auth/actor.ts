import type { RequestContext } from "../audit/request-context";
import type { Role } from "../db/enums";

/** Who is making a request, as the database says right now (never as a cookie or token remembers it). */
export interface Actor {
  userId: string;
  email: string;
  name: string | null;
  role: Role;
  /** How they proved it: a browser session cookie, or an API token. */
  via: "session" | "token";
  tokenId?: string;
  /** Where the request came from (set by apiRoute()), for the audit log. */
  request?: RequestContext;
}
