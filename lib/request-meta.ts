// The request details an audit trail keeps (contract events, signatures): the client IP (clientIp,
// the only way to get it) and the user agent (at most 500 characters). Outside a request (tests, jobs) both are null.
import { headers } from "next/headers";

import { clientIp } from "./client-ip";

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

export async function requestMeta(): Promise<RequestMeta> {
  let h: Headers;
  try {
    h = await headers();
  } catch {
    return { ip: null, userAgent: null }; // outside a request
  }
  return { ip: clientIp(h), userAgent: h.get("user-agent")?.slice(0, 500) ?? null };
}
