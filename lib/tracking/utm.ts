// UTM parameters of tracking links (pure). A campaign keeps templates for the four parameters
// (README "Tracking links"): utm_source = the platform, utm_medium = "influencer", utm_campaign = the
// campaign, utm_content = the handle or the deliverable. The destination is rebuilt with URL and
// URLSearchParams, so its own query parameters and fragment are kept.

export const UTM_KEYS = ["utmSource", "utmMedium", "utmCampaign", "utmContent"] as const;
export type UtmKey = (typeof UTM_KEYS)[number];
export type Utm = Partial<Record<UtmKey, string | null>>;

const PARAM: Record<UtmKey, string> = {
  utmSource: "utm_source",
  utmMedium: "utm_medium",
  utmCampaign: "utm_campaign",
  utmContent: "utm_content",
};

export const DEFAULT_UTM_TEMPLATES: Record<UtmKey, string> = {
  utmSource: "{platform}",
  utmMedium: "influencer",
  utmCampaign: "{campaign}",
  utmContent: "{handle}",
};

export type UtmContext = {
  platform?: string | null;
  influencer?: string | null;
  handle?: string | null;
  campaign?: string | null;
  deliverable?: string | null;
};

/**
 * A value fit for a UTM parameter: lower case, runs of anything but letters, digits, "_" and "-"
 * become one "_", trimmed of "_", at most 100 characters. "" for null or nothing left.
 */
export function utmSlug(value: string | null | undefined): string {
  if (!value) return "";
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_-]+/gu, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 100);
}

/**
 * Fills a template's {platform}, {influencer}, {handle}, {campaign} and {deliverable} with slugged
 * values; an unknown placeholder or a missing value becomes "". Text outside placeholders is kept
 * as typed (then slugged as a whole). `{handle}` falls back to the influencer's name.
 */
export function fillUtmTemplate(template: string, ctx: UtmContext): string {
  const values: Record<string, string | null | undefined> = { ...ctx, handle: ctx.handle || ctx.influencer };
  return utmSlug(template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? ""));
}

/** The four UTM values of a new link from the campaign's templates (defaults where none are set). */
export function utmFromTemplates(templates: Partial<Record<UtmKey, string>> | null | undefined, ctx: UtmContext): Record<UtmKey, string> {
  const t = { ...DEFAULT_UTM_TEMPLATES, ...templates };
  return {
    utmSource: fillUtmTemplate(t.utmSource, ctx),
    utmMedium: fillUtmTemplate(t.utmMedium, ctx),
    utmCampaign: fillUtmTemplate(t.utmCampaign, ctx),
    utmContent: fillUtmTemplate(t.utmContent, ctx),
  };
}

/**
 * The destination with the link's UTM parameters: a non-empty value replaces the destination's own
 * parameter of that name, an empty or null one leaves the destination's as it is. Every other
 * parameter, their order and the fragment are kept. Throws TypeError on a URL that does not parse
 * (validate with lib/tracking/destination.ts first).
 */
export function applyUtm(destination: string, utm: Utm): string {
  const url = new URL(destination);
  for (const key of UTM_KEYS) {
    const value = utm[key]?.trim();
    if (value) url.searchParams.set(PARAM[key], value);
  }
  return url.toString();
}

/**
 * `location` with the click id appended as `param` (replacing any parameter of that name). The hot
 * path's case — a location already serialised by URL and without that parameter — is a string
 * append before the fragment; anything else goes through URL.
 */
export function withClickId(location: string, param: string, clickId: string): string {
  const hash = location.indexOf("#");
  const base = hash < 0 ? location : location.slice(0, hash);
  const q = base.indexOf("?");
  const key = encodeURIComponent(param);
  if (key === param && (q < 0 || !`&${base.slice(q + 1)}`.includes(`&${key}=`))) {
    return `${base}${q < 0 ? "?" : q === base.length - 1 ? "" : "&"}${key}=${encodeURIComponent(clickId)}${hash < 0 ? "" : location.slice(hash)}`;
  }
  const url = new URL(location);
  url.searchParams.set(param, clickId);
  return url.toString();
}
