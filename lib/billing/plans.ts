// Plans as data: what each plan allows, and which Stripe prices buy it. Pure: no Prisma, no env, no
// network (config.ts reads the price ids from the environment and passes them in). A limit of
// `null` is unlimited. README "Billing" lists the same numbers.

export const PLAN_IDS = ["free", "pro", "agency"] as const;
export type PlanId = (typeof PLAN_IDS)[number];

/** The things a plan limits, by the name services pass to `checkLimit`. */
export const LIMIT_KINDS = [
  "influencers",
  "campaigns.active",
  "seats",
  "workspaces",
  "outreach.daily",
  "reports.shareLinks",
  "connectors",
] as const;
export type LimitKind = (typeof LIMIT_KINDS)[number];

/** Singular and plural nouns, for "1 active campaign" / "10 active campaigns". */
export const LIMIT_NOUNS: Record<LimitKind, { one: string; many: string; label: string }> = {
  influencers: { one: "influencer in the roster", many: "influencers in the roster", label: "Roster size" },
  "campaigns.active": { one: "active campaign", many: "active campaigns", label: "Active campaigns" },
  seats: { one: "seat", many: "seats", label: "Seats (members and pending invitations)" },
  workspaces: { one: "workspace", many: "workspaces", label: "Workspaces per agency" },
  "outreach.daily": { one: "outreach email a day", many: "outreach emails a day", label: "Outreach sends per day" },
  "reports.shareLinks": { one: "report share link", many: "report share links", label: "Report share links" },
  connectors: { one: "store or metric connector", many: "store or metric connectors", label: "Connectors" },
};

export type PlanDef = { id: PlanId; name: string; limits: Record<LimitKind, number | null> };

export const PLANS: Record<PlanId, PlanDef> = {
  free: {
    id: "free",
    name: "Free",
    limits: {
      influencers: 50,
      "campaigns.active": 1,
      seats: 2,
      workspaces: 1,
      "outreach.daily": 20,
      "reports.shareLinks": 1,
      connectors: 1,
    },
  },
  pro: {
    id: "pro",
    name: "Pro",
    limits: {
      influencers: 2_000,
      "campaigns.active": 10,
      seats: 5,
      workspaces: 1,
      "outreach.daily": 200,
      "reports.shareLinks": 25,
      connectors: 5,
    },
  },
  agency: {
    id: "agency",
    name: "Agency",
    limits: {
      influencers: 20_000,
      "campaigns.active": null,
      seats: 25,
      workspaces: 10,
      "outreach.daily": 1_000,
      "reports.shareLinks": null,
      connectors: null,
    },
  },
};

/** The Stripe price ids that buy each paid plan (monthly and, when offered, yearly). */
export type PlanPrices = { pro: { monthly: string; yearly?: string }; agency: { monthly: string; yearly?: string } };

/**
 * The plan a subscription's price buys: "pro" or "agency" when `priceId` is one of their monthly or
 * yearly prices; null for an unknown price, null and undefined (the caller decides; the webhook
 * treats it as Free and says so in the event's outcome).
 */
export function planForPrice(priceId: string | null | undefined, prices: PlanPrices): Exclude<PlanId, "free"> | null {
  if (!priceId) return null;
  for (const plan of ["pro", "agency"] as const) {
    const p = prices[plan];
    if (p.monthly === priceId || (p.yearly !== undefined && p.yearly === priceId)) return plan;
  }
  return null;
}

/** True when `limit` allows `usage + adding` (null is unlimited; adding 0 asks "is usage within it?"). */
export function withinLimit(limit: number | null, usage: number, adding: number): boolean {
  return limit === null || usage + adding <= limit;
}

/** The cheapest plan above `from` whose limit for `kind` fits `needed`, or null when none does. */
export function planThatLifts(kind: LimitKind, needed: number, from: PlanId): PlanId | null {
  for (const id of PLAN_IDS.slice(PLAN_IDS.indexOf(from) + 1)) {
    if (withinLimit(PLANS[id].limits[kind], needed, 0)) return id;
  }
  return null;
}

function count(n: number, kind: LimitKind): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? LIMIT_NOUNS[kind].one : LIMIT_NOUNS[kind].many}`;
}

/**
 * The message for a refused create: names the limit, the usage and the plan that lifts it, e.g.
 * "The Free plan allows 1 active campaign and this workspace has 1. Upgrade to Pro (10 active campaigns) for more."
 */
export function limitMessage(opts: { kind: LimitKind; plan: PlanId; usage: number; adding: number }): string {
  const { kind, plan, usage, adding } = opts;
  const limit = PLANS[plan].limits[kind] ?? 0;
  const head = `The ${PLANS[plan].name} plan allows ${count(limit, kind)} and this workspace has ${usage.toLocaleString("en-US")}`;
  const asked = adding > 1 ? ` (this would add ${adding.toLocaleString("en-US")})` : "";
  const lift = planThatLifts(kind, usage + adding, plan);
  if (!lift) return `${head}${asked}. That is the most any plan allows.`;
  const liftLimit = PLANS[lift].limits[kind];
  const liftText = liftLimit === null ? `unlimited ${LIMIT_NOUNS[kind].many}` : count(liftLimit, kind);
  return `${head}${asked}. Upgrade to ${PLANS[lift].name} (${liftText}) for more.`;
}
