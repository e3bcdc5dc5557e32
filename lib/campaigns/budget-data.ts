// Loads what the budget planner needs for one campaign: the workspace rate card and the collaborations.
import { db } from "../db";
import { formatMinorUnits } from "../metrics";
import { planBudget, resolveRateCard, type PlannedCollaboration, type RateCard } from "./budget";

export async function workspaceRateCard(workspaceId: string): Promise<{ card: RateCard; custom: boolean }> {
  const s = await db.workspaceSettings.findUnique({ where: { workspaceId }, select: { rateCard: true } });
  return { card: resolveRateCard(s?.rateCard ?? null), custom: Boolean(s?.rateCard) };
}

export async function campaignBudget(workspaceId: string, campaign: { id: string; budgetMinor: number | null; currency: string }) {
  const [{ card, custom }, collabs] = await Promise.all([
    workspaceRateCard(workspaceId),
    db.collaboration.findMany({
      where: { workspaceId, campaignId: campaign.id },
      select: {
        id: true,
        status: true,
        compensationType: true,
        feeMinor: true,
        seeding: { select: { valueMinor: true, currency: true } },
        influencer: { select: { displayName: true } },
        deliverables: { select: { platform: true, count: true } },
      },
    }),
  ]);
  const collaborations: PlannedCollaboration[] = collabs.map((c) => ({
    id: c.id,
    label: c.influencer.displayName,
    status: c.status,
    compensationType: c.compensationType,
    feeMinor: c.feeMinor === null ? null : Number(c.feeMinor),
    // The seeded product's value is part of the collaboration's cost (in the campaign's currency only:
    // amounts in two currencies are never added).
    productValueMinor: c.seeding?.valueMinor != null && c.seeding.currency === campaign.currency ? Number(c.seeding.valueMinor) : null,
    deliverables: c.deliverables,
  }));
  const fmt = (m: number) => formatMinorUnits(m, campaign.currency);
  return {
    plan: planBudget({ currency: campaign.currency, budgetMinor: campaign.budgetMinor, rateCard: card, collaborations, formatMoney: fmt }),
    rateCard: card,
    customRateCard: custom,
    collaborations,
  };
}
