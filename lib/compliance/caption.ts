/**
 * The caption/description rules: MISSING_DISCLOSURE, VAGUE_DISCLOSURE, PLATFORM_LABEL_ONLY,
 * DISCLOSURE_NOT_UPFRONT, DISCLOSURE_BURIED and, for spoken formats, DESCRIPTION_DISCLOSURE_MISSING.
 *
 * Decision order:
 * 1. A *good* disclosure is an acceptable term that ends before the "more" cut (upfront.ts) and
 *    is not a hashtag buried in a cluster (hashtags.ts). One good disclosure → no finding.
 * 2. `spokenRequired` (video/live with a transcript): the spoken disclosure is the requirement,
 *    so any caption shortfall — none, only vague terms, late or buried — is one warning,
 *    DESCRIPTION_DISCLOSURE_MISSING ("no clear disclosure visible in the description").
 *    The paid-partnership label changes nothing here.
 * 3. No acceptable term: one VAGUE_DISCLOSURE per vague term (span on it); then
 *    PLATFORM_LABEL_ONLY if the label is on, else MISSING_DISCLOSURE if there was no vague term.
 *    So the label replaces MISSING (one finding for one problem) but sits beside VAGUE (the
 *    vague tag is a separate thing to remove).
 * 4. Acceptable but not good: DISCLOSURE_NOT_UPFRONT if none is upfront (span on the first),
 *    DISCLOSURE_BURIED if the first upfront one — or, when none is upfront, the first one — is a
 *    buried hashtag. Both can fire for a tag that is late *and* in a hashtag pile.
 */

import { PLATFORM_LABELS } from "@/lib/vocabulary";

import { moveToFront, prependLabel, type FixContext } from "./fix";
import { buriedAmong, clusterSizes } from "./hashtags";
import { findDisclosureTerms, UK_ACCEPTED_LABELS, type BrandNames, type TermMatch } from "./terms";
import { q } from "./text-utils";
import { FINDING_SEVERITY, type ContentFormat, type Finding, type FindingCode, type Jurisdiction, type Platform, type Span } from "./types";
import { visibleEnd, type MoreCut } from "./upfront";

export interface CaptionContext {
  text: string;
  platform: Platform;
  format: ContentFormat;
  jurisdiction: Jurisdiction;
  brand: BrandNames;
  paidPartnershipLabel: boolean;
  spokenRequired: boolean;
  cut: MoreCut;
  maxLines?: number;
}

/** The platform's name inside a sentence ("… characters Instagram shows", "… the blog shows"). */
function platformInSentence(platform: Platform): string {
  return platform === "blog" ? "the blog" : PLATFORM_LABELS[platform];
}

function finding(code: FindingCode, message: string, fix?: string, span?: Span): Finding {
  return {
    code,
    severity: FINDING_SEVERITY[code],
    message,
    ...(fix !== undefined ? { fix } : {}),
    ...(span ? { start: span.start, end: span.end } : {}),
  };
}

function cutWords(ctx: CaptionContext): string {
  if (ctx.cut === "first-paragraph") return "the first paragraph";
  if (ctx.cut === "all") return "the visible text";
  return `the first ${ctx.cut} characters ${platformInSentence(ctx.platform)} shows before “more”`;
}

/** The term to use in messages: "#ad" (US) or "Ad" (UK). */
function labelWord(j: Jurisdiction): string {
  return j === "UK" ? "“Ad”" : "“#ad”";
}

/** The caption findings for one post, following the decision order in the header. */
export function checkCaption(ctx: CaptionContext): Finding[] {
  const fixCtx: FixContext = { text: ctx.text, platform: ctx.platform, jurisdiction: ctx.jurisdiction, brand: ctx.brand.name };
  const terms = findDisclosureTerms(ctx.text, ctx.brand, ctx.jurisdiction);
  const acceptable = terms.filter((t) => t.kind === "acceptable");
  const vague = terms.filter((t) => t.kind === "vague");
  // Removed by the fix: vague hashtags, and a vague word used as the opening label
  // ("Sponsored: …" in the UK), together with its delimiter.
  const vagueTags: Span[] = vague.filter((t) => t.hashtag);
  const opening = vague[0];
  const lead = ctx.text.length - ctx.text.trimStart().length;
  if (opening && !opening.hashtag && opening.start === lead && !/\s/.test(opening.term)) {
    const delim = /^\s*[:|\-–—]\s*/.exec(ctx.text.slice(opening.end));
    if (delim) vagueTags.push({ start: opening.start, end: opening.end + delim[0].length });
  }
  const end = visibleEnd(ctx.text, ctx.cut, ctx.maxLines);
  const upfront = (t: TermMatch) => t.end <= end;
  const sizes = clusterSizes(ctx.text);
  const buriedBy = (t: TermMatch) => (t.hashtag ? buriedAmong(ctx.text, t, sizes) : 0);
  const buried = (t: TermMatch) => buriedBy(t) > 0;
  if (acceptable.some((t) => upfront(t) && !buried(t))) return [];

  const label = labelWord(ctx.jurisdiction);
  if (ctx.spokenRequired) {
    const why =
      acceptable.length > 0
        ? `its disclosure ${q(acceptable[0]?.term ?? "")} is not clearly visible (late or among other hashtags)`
        : vague.length > 0
          ? `it only has ${vague.map((t) => q(t.term)).join(", ")}, which is not a clear disclosure`
          : "it has no disclosure";
    return [
      finding(
        "DESCRIPTION_DISCLOSURE_MISSING",
        `The spoken disclosure is what counts for this video, but the description should say it too: ${why}. Put ${label} at the start of the description.`,
        prependLabel(fixCtx, vagueTags),
      ),
    ];
  }

  if (acceptable.length === 0) {
    const out = vague.map((t) =>
      finding(
        "VAGUE_DISCLOSURE",
        `${q(t.term)} is not a clear disclosure: ${t.why ?? "readers can't tell the post is paid"}. Use ${label} at the start instead${ctx.jurisdiction === "UK" ? ` (UK: only ${UK_ACCEPTED_LABELS})` : ""}.`,
        prependLabel(fixCtx, vagueTags),
        t,
      ),
    );
    if (ctx.paidPartnershipLabel) {
      out.push(
        finding(
          "PLATFORM_LABEL_ONLY",
          `Only the platform's “Paid partnership” label discloses this post; the label alone may not be enough, so the caption itself must say it. Put ${label} at the start.`,
          prependLabel(fixCtx, vagueTags),
        ),
      );
    } else if (vague.length === 0) {
      out.push(
        finding(
          "MISSING_DISCLOSURE",
          `The caption has no disclosure, so readers can't tell this is a paid post. Put ${label} at the start.`,
          prependLabel(fixCtx),
        ),
      );
    }
    return out;
  }

  const out: Finding[] = [];
  const firstUpfront = acceptable.find(upfront);
  const first = firstUpfront ?? acceptable[0];
  if (!first) return out;
  if (!firstUpfront) {
    out.push(
      finding(
        "DISCLOSURE_NOT_UPFRONT",
        `${q(first.term)} only appears after ${cutWords(ctx)}, so most readers never see it. Move the disclosure to the start.`,
        first.hashtag ? moveToFront(fixCtx, first) : prependLabel(fixCtx),
        first,
      ),
    );
  }
  const others = buriedBy(first);
  if (others > 0) {
    out.push(
      finding(
        "DISCLOSURE_BURIED",
        `${q(first.term)} is buried among ${others} other hashtags, where readers skim past it. Move it to the start of the caption.`,
        moveToFront(fixCtx, first),
        first,
      ),
    );
  }
  return out;
}
