import type { Metadata } from "next";

import { Composer } from "@/components/outreach/composer";
import { Alert } from "@/components/ui/alert";
import { IntentLink } from "@/components/ui/intent-link";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { draftFollowUp } from "@/lib/outreach/follow-up-draft";
import { getFollowUpSource } from "@/lib/outreach/follow-ups";
import { getSenderIdentity, missingForSending } from "@/lib/outreach/identity";
import { listComposeCandidates } from "@/lib/outreach/messages";
import { countUsedToday } from "@/lib/outreach/send";
import { listTemplates } from "@/lib/outreach/templates";

export const metadata: Metadata = { title: "Compose outreach" };

type Search = { ids?: string; template?: string; followUp?: string };

export default async function ComposePage({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceSlug: string }>;
  searchParams: Promise<Search>;
}) {
  const { workspaceSlug } = await params;
  const sp = await searchParams;
  const { workspace, user } = await requireWorkspacePage(workspaceSlug, "outreach.write");
  const initialIds = (sp.ids ?? "").split(",").filter(Boolean).slice(0, 100);
  const src = sp.followUp
    ? await getFollowUpSource({ workspaceId: workspace.id, messageId: sp.followUp.slice(0, 40) }).catch(() => null)
    : null;
  const [identity, candidates, templates, sentToday] = await Promise.all([
    getSenderIdentity(workspace.id),
    // Preselected recipients are always offered, even beyond the first 300 of the roster.
    listComposeCandidates({ workspaceId: workspace.id, includeIds: src ? [src.influencerId] : initialIds }),
    listTemplates(workspace.id),
    countUsedToday({ workspaceId: workspace.id, timeZone: workspace.timeZone }),
  ]);
  const missing = missingForSending(identity);
  if (missing.length) {
    return (
      <Alert tone="warning">
        Before writing to influencers, set up who the messages come from — missing: {missing.join(", ")}.{" "}
        <IntentLink href={`/w/${workspace.slug}/settings/sender`} className="font-medium underline">
          Set up the sender identity
        </IntentLink>
      </Alert>
    );
  }
  let followUp = null;
  if (sp.followUp) {
    if (!src) return <Alert tone="error">That message can’t be followed up (it was not found or has not been sent).</Alert>;
    const draft = draftFollowUp({
      influencer: { name: src.influencer.displayName, handle: src.handle },
      original: { subject: src.subject, body: src.body, sentAt: src.sentAt },
      brand: { name: identity.brandName, links: identity.brandLinks },
      senderName: (user.name ?? "").split(/\s+/)[0] ?? "",
      timeZone: workspace.timeZone,
    });
    followUp = { parentId: src.id, influencerId: src.influencerId, ...draft };
  }
  return (
    <Composer
      slug={workspace.slug}
      candidates={candidates}
      templates={templates.map((t) => ({ id: t.id, name: t.name, subject: t.subject, body: t.body }))}
      brand={{ name: identity.brandName, links: identity.brandLinks }}
      senderName={user.name ?? ""}
      initialIds={initialIds}
      initialTemplateId={templates.some((t) => t.id === sp.template) ? sp.template! : ""}
      followUp={followUp}
      remainingToday={Math.max(0, identity.dailySendLimit - sentToday)}
    />
  );
}
