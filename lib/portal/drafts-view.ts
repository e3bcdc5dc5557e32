// Plain, serialisable shapes of drafts, deliverables and money shared by the portal and the brand side.
import { compensationFee } from "../campaigns/compensation";
import type { Finding } from "../compliance";
import { fromMinorUnits } from "../metrics";
import { STORED_FILE_SELECT, toStoredFileView, type StoredFileView } from "../storage/view";
import type { Platform } from "../vocabulary";

/** An uploaded file on a draft version, with the description the influencer gave it. */
export type DraftMediaView = StoredFileView & { altText: string };

export type DraftView = {
  id: string;
  deliverableId: string;
  version: number;
  caption: string;
  mediaUrls: string[];
  platform: Platform;
  media: DraftMediaView[];
  format: string;
  paidPartnershipLabel: boolean;
  usesFilterOrEditing: boolean;
  transcriptText: string;
  findings: Finding[];
  compliant: boolean;
  status: "draft" | "submitted" | "changes_requested" | "approved";
  reviewComment: string | null;
  submittedAt: string | null;
  reviewedAt: string | null;
  updatedAt: string;
};

export const DRAFT_SELECT = {
  id: true,
  deliverableId: true,
  version: true,
  caption: true,
  mediaUrls: true,
  media: { orderBy: { position: "asc" }, select: { altText: true, file: { select: STORED_FILE_SELECT } } },
  platform: true,
  format: true,
  paidPartnershipLabel: true,
  usesFilterOrEditing: true,
  transcript: true,
  findings: true,
  compliant: true,
  status: true,
  reviewComment: true,
  submittedAt: true,
  reviewedAt: true,
  updatedAt: true,
} as const;

type DraftRow = {
  id: string;
  deliverableId: string;
  version: number;
  caption: string;
  mediaUrls: string[];
  platform: Platform;
  media: { altText: string; file: Parameters<typeof toStoredFileView>[0] }[];
  format: string;
  paidPartnershipLabel: boolean;
  usesFilterOrEditing: boolean;
  transcript: unknown;
  findings: unknown;
  compliant: boolean;
  status: DraftView["status"];
  reviewComment: string | null;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  updatedAt: Date;
};

export function toDraftView(d: DraftRow): DraftView {
  const t = d.transcript as { raw?: unknown } | null;
  return {
    id: d.id,
    deliverableId: d.deliverableId,
    version: d.version,
    caption: d.caption,
    mediaUrls: d.mediaUrls,
    media: d.media.map((m) => ({ ...toStoredFileView(m.file), altText: m.altText })),
    platform: d.platform,
    format: d.format,
    paidPartnershipLabel: d.paidPartnershipLabel,
    usesFilterOrEditing: d.usesFilterOrEditing,
    transcriptText: typeof t?.raw === "string" ? t.raw : "",
    findings: Array.isArray(d.findings) ? (d.findings as Finding[]) : [],
    compliant: d.compliant,
    status: d.status,
    reviewComment: d.reviewComment,
    submittedAt: d.submittedAt?.toISOString() ?? null,
    reviewedAt: d.reviewedAt?.toISOString() ?? null,
    updatedAt: d.updatedAt.toISOString(),
  };
}

/** Drafts (already ordered) grouped by their deliverable, as views. */
export function groupDraftsByDeliverable(drafts: readonly DraftRow[]): Map<string, DraftView[]> {
  const byDeliverable = new Map<string, DraftView[]>();
  for (const d of drafts) {
    const list = byDeliverable.get(d.deliverableId);
    if (list) list.push(toDraftView(d));
    else byDeliverable.set(d.deliverableId, [toDraftView(d)]);
  }
  return byDeliverable;
}

/** A collaboration's compensation as shown to both sides (money in major units). */
export function compensationView<T extends string>(c: {
  compensationType: T;
  feeMinor: bigint | null;
  currency: string;
  productDescription: string | null;
  commissionPct: number | null;
}) {
  return {
    type: c.compensationType,
    fee: moneyOf(compensationFee(c.compensationType, c.feeMinor), c.currency),
    currency: c.currency,
    product: c.productDescription,
    commissionPct: c.commissionPct,
  };
}

export function moneyOf(minor: bigint | null, currency: string): number | null {
  return minor === null ? null : fromMinorUnits(Number(minor), currency);
}

export function isoDate(d: Date | null): string | null {
  return d ? d.toISOString().slice(0, 10) : null;
}
