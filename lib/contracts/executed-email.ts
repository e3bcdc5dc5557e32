/**
 * Emails the sealed PDF to both parties once: the creator (and the guardian of a minor) at the
 * addresses in the signed terms, and on the brand's side the member who countersigned and the
 * workspace owners. Each person gets their own message, so nobody sees the other side's addresses.
 *
 * Once: the contract's `executedEmailedAt` is claimed before sending (a conditional update, so two
 * workers can't both send); when sending fails the claim is released and the job's retry sends again.
 */
import { db } from "../db";
import { sendEmail, simpleHtml } from "../email/send";
import { log } from "../log";
import { contractTermsSchema } from "./schema";
import { readSealedPdf } from "./seal";

export type EmailOutcome = "sent" | "already_sent" | "not_sealed";

/** The file name the PDF travels under. */
export function executedPdfFileName(contractId: string): string {
  return `executed-contract-${contractId}.pdf`;
}

async function recipients(workspaceId: string, contractId: string, version: number) {
  const [v, brandSignature, owners] = await Promise.all([
    db.contractVersion.findUnique({
      where: { workspaceId_contractId_version: { workspaceId, contractId, version } },
      select: { terms: true },
    }),
    db.contractSignature.findFirst({
      where: { workspaceId, contractId, version, party: "brand", voidedAt: null },
      select: { signedById: true },
    }),
    db.membership.findMany({ where: { workspaceId, role: "owner" }, select: { userId: true, user: { select: { email: true } } } }),
  ]);
  const terms = contractTermsSchema.parse(v?.terms ?? {});
  const signer = brandSignature?.signedById
    ? await db.membership.findUnique({
        where: { workspaceId_userId: { workspaceId, userId: brandSignature.signedById } },
        select: { user: { select: { email: true } } },
      })
    : null;
  const unique = (list: (string | null | undefined)[]) => [
    ...new Map(list.filter((e): e is string => !!e && e.includes("@")).map((e) => [e.trim().toLowerCase(), e.trim()])).values(),
  ];
  const creator = unique([terms.parties.influencer.email, terms.influencerIsMinor ? terms.guardianEmail : null]);
  const brand = unique([signer?.user.email, ...owners.map((o) => o.user.email)]).filter(
    (e) => !creator.some((c) => c.toLowerCase() === e.toLowerCase()),
  );
  return { terms, creator, brand };
}

export async function emailExecutedContract(opts: { workspaceId: string; contractId: string; smtpUrl?: string }): Promise<EmailOutcome> {
  const { workspaceId, contractId } = opts;
  const contract = await db.contract.findUnique({
    where: { workspaceId_id: { workspaceId, id: contractId } },
    select: {
      currentVersion: true,
      executedPdfKey: true,
      sealedAt: true,
      executedEmailedAt: true,
      collaboration: { select: { campaign: { select: { name: true } } } },
    },
  });
  if (!contract?.sealedAt || !contract.executedPdfKey) return "not_sealed";
  if (contract.executedEmailedAt) return "already_sent";
  const claim = await db.contract.updateMany({
    where: { workspaceId, id: contractId, executedEmailedAt: null, sealedAt: { not: null } },
    data: { executedEmailedAt: new Date() },
  });
  if (claim.count === 0) return "already_sent";
  try {
    const [pdf, to] = await Promise.all([
      readSealedPdf(contract.executedPdfKey),
      recipients(workspaceId, contractId, contract.currentVersion),
    ]);
    const brandName = to.terms.parties.brand.legalName || "the brand";
    const creatorName = to.terms.parties.influencer.legalName || "the creator";
    const campaign = contract.collaboration.campaign.name;
    const attachments = [{ filename: executedPdfFileName(contractId), content: pdf, contentType: "application/pdf" }];
    const message = (lines: string[]) => ({
      subject: `Signed contract: ${campaign} (${brandName} and ${creatorName})`,
      text: lines.join("\n\n"),
      html: simpleHtml(lines),
      attachments,
    });
    const tail = [
      "The attached PDF is the executed contract, with both signatures and a certificate page listing every step of the signing and the document's SHA-256 fingerprint. It carries a digital seal: a PDF reader shows whether it was changed.",
      "Keep this copy for your records.",
    ];
    for (const address of to.creator) {
      await sendEmail(
        {
          to: address,
          ...message([`Hi ${creatorName},`, `Your contract with ${brandName} for "${campaign}" is signed by both sides.`, ...tail]),
        },
        { smtpUrl: opts.smtpUrl },
      );
    }
    for (const address of to.brand) {
      await sendEmail(
        { to: address, ...message([`The contract with ${creatorName} for "${campaign}" is signed by both sides.`, ...tail]) },
        { smtpUrl: opts.smtpUrl },
      );
    }
    if (to.creator.length === 0) log.warn("executed contract has no creator email address", { workspaceId, contractId });
    return "sent";
  } catch (e) {
    await db.contract.updateMany({ where: { workspaceId, id: contractId }, data: { executedEmailedAt: null } });
    throw e;
  }
}
