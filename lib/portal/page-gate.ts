/**
 * The portal gate for pages under /i/[token]: once per request (generateMetadata and the page share
 * it, so one rate-limit hit), a dead link is a 404 (the route's not-found page), and a rate-limited
 * visitor gets the message to show instead of the page. The token is in the URL, so every portal page
 * sends no referrer and is not indexed.
 */
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";

import { clientIp } from "@/lib/client-ip";
import { toAppError } from "@/lib/errors";

import { portalGate, type PortalContext } from "./gate";

export type PortalPageGate = { ctx: PortalContext } | { rateLimited: string };

export const cachedPortalGate = cache(async (token: string): Promise<PortalPageGate> => {
  try {
    return { ctx: await portalGate(token, { ip: clientIp(await headers()) }) };
  } catch (e) {
    const app = toAppError(e);
    if (app?.code === "RATE_LIMITED") return { rateLimited: app.message };
    if (app) notFound();
    throw e;
  }
});

/** A portal page's metadata: its title when the gate let the visitor in, "Too many requests" when not. */
export async function portalPageMetadata(token: string, title: string): Promise<Metadata> {
  const g = await cachedPortalGate(token);
  return {
    title: "ctx" in g ? title : "Too many requests",
    referrer: "no-referrer",
    robots: { index: false, follow: false },
  };
}
