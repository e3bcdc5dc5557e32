// Small at-a-glance pieces shared by the results table and the profile: tier, ER with its
// definition, and authenticity risk with its reasons.
import { Badge } from "@/components/ui/badge";
import { ER_DEFINITION } from "@/lib/influencers/er-labels";
// The formatting file alone: the lib/metrics index brings its constant tables into every client page using these.
import { formatCount, formatExact, formatPercent } from "@/lib/metrics/format";

const TIER_LABELS: Record<string, string> = { none: "Under 1K", nano: "Nano", micro: "Micro", macro: "Macro", mega: "Mega" };

export const tierLabel = (tier: string) => TIER_LABELS[tier] ?? tier;

export function TierBadge({ tier }: { tier: string }) {
  return <Badge variant="outline">{tierLabel(tier)}</Badge>;
}

/** The exact count behind a rounded follower figure ("1,878,542 followers"). */
export const followersTitle = (value: number) => `${formatExact(value)} followers`;

export function Followers({ value }: { value: number }) {
  return <span title={followersTitle(value)}>{formatCount(value)}</span>;
}

/** ER as a percentage: two decimals under 1 %, one above; "—" when unknown. */
export function erText(value: number | null): string {
  return formatPercent(value, value !== null && value < 1 ? 2 : 1);
}

/** ER with its definition on hover and for screen readers. */
export function EngagementRate({ value, source }: { value: number | null; source?: string | null }) {
  const definition = source === "imported" ? "ER as given on import (by followers)" : ER_DEFINITION;
  return (
    <abbr title={definition} className="cursor-help no-underline">
      {erText(value)}
      <span className="sr-only"> ({definition})</span>
    </abbr>
  );
}

const RISK_VARIANT = { low: "success", medium: "warning", high: "destructive" } as const;
const RISK_LABEL = { low: "Low risk", medium: "Medium risk", high: "High risk" } as const;

type RiskLevel = "low" | "medium" | "high" | null;

/** The risk badge's variant and text: "High risk · 60", or "Risk unknown" when nothing was scored. */
export function riskBadge(level: RiskLevel, score: number | null) {
  if (!level) return { variant: "default", text: "Risk unknown" } as const;
  return { variant: RISK_VARIANT[level], text: `${RISK_LABEL[level]}${score !== null ? ` · ${score}` : ""}` } as const;
}

export function RiskBadge({ level, score }: { level: RiskLevel; score: number | null }) {
  const { variant, text } = riskBadge(level, score);
  return <Badge variant={variant}>{text}</Badge>;
}
