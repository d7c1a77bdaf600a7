import { clientIp } from "../auth/client-ip";

/** Where a request came from, as the audit log records it. */
export interface RequestContext {
  clientIp: string | null;
  userAgent: string | null;
}

const MAX_USER_AGENT = 500;

export function requestContext(headers: Headers): RequestContext {
  return { clientIp: clientIp(headers), userAgent: headers.get("user-agent")?.slice(0, MAX_USER_AGENT) || null };
}
