// Device type, browser and OS of a click from Next's own user-agent parser (`userAgent()` from
// next/server, which bundles ua-parser-js 1.x, MIT), and whether it is a bot (./bots.ts).
import { userAgent } from "next/server";

import { isBotUserAgent } from "./bots";

export type DeviceInfo = { device: "mobile" | "tablet" | "desktop" | "other"; browser: string | null; os: string | null };

export function describeUserAgent(ua: string): DeviceInfo {
  const hit = memo.get(ua);
  if (hit) return hit;
  const info = parse(ua);
  // Visitors share a few thousand distinct agents: a bounded memo spares the parser on the hot path.
  if (memo.size >= MEMO_MAX) memo.delete(memo.keys().next().value!);
  memo.set(ua, info);
  return info;
}

const MEMO_MAX = 2_000;
const memo = new Map<string, DeviceInfo>();

function parse(ua: string): DeviceInfo {
  const parsed = userAgent({ headers: new Headers({ "user-agent": ua }) });
  const t = parsed.device.type;
  const device = t === "mobile" || t === "tablet" ? t : t === undefined ? "desktop" : "other";
  const cut = (s: string | undefined) => (s ? s.slice(0, 64) : null);
  return { device, browser: cut(parsed.browser.name), os: cut(parsed.os.name) };
}

export type AgentFacts = { device: DeviceInfo["device"] | null; browser: string | null; os: string | null; isBot: boolean };
const facts = new Map<string, AgentFacts>();

/** Device, browser, OS and bot flag of a user agent, parsed once per distinct agent (bounded memo). */
export function agentFacts(ua: string): AgentFacts {
  const hit = facts.get(ua);
  if (hit) return hit;
  const info: AgentFacts = { ...(ua ? describeUserAgent(ua) : { device: null, browser: null, os: null }), isBot: isBotUserAgent(ua) };
  if (facts.size >= MEMO_MAX) facts.delete(facts.keys().next().value!);
  facts.set(ua, info);
  return info;
}
