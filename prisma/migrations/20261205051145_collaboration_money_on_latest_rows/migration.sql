-- Each post's latest row carries its collaboration's creator, fee and orders, so the workspace
-- Analytics page sums money without looking up collaborations or orders (lib/analytics/rollup-write.ts
-- keeps them current). Existing rows get them from the collaborations and their orders, as
-- refreshCollaborationMoney computes them.

-- AlterTable
ALTER TABLE "PostLatestMetric" ADD COLUMN     "collabCurrency" TEXT,
ADD COLUMN     "collabFeeMinor" BIGINT,
ADD COLUMN     "collabHasRevenue" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "collabInfluencerId" TEXT,
ADD COLUMN     "collabOrders" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "collabRevenueMinor" BIGINT NOT NULL DEFAULT 0;

UPDATE "PostLatestMetric" l
SET ("collabInfluencerId", "collabFeeMinor", "collabCurrency", "collabOrders", "collabRevenueMinor", "collabHasRevenue") =
    (m."influencerId", m."feeMinor", m.currency, m.orders, m.revenue, m."hasRevenue")
FROM (
  SELECT c."workspaceId", c.id AS "collaborationId", c."influencerId", c."feeMinor", c.currency,
         count(o.id)::int AS orders,
         coalesce(sum(greatest(o."amountMinor" - o."refundedMinor", 0)) FILTER (WHERE o.currency = c.currency), 0)::bigint AS revenue,
         coalesce(bool_or(o.currency = c.currency AND o."amountMinor" > o."refundedMinor"), false) AS "hasRevenue"
  FROM "Collaboration" c
  LEFT JOIN "Conversion" o ON o."workspaceId" = c."workspaceId" AND o."collaborationId" = c.id AND o.status <> 'cancelled'
  GROUP BY c."workspaceId", c.id
) m
WHERE l."workspaceId" = m."workspaceId" AND l."collaborationId" = m."collaborationId";

ALTER TABLE "PostLatestMetric" ALTER COLUMN "collabCurrency" SET NOT NULL,
ALTER COLUMN "collabInfluencerId" SET NOT NULL;
