"use client";

import { useState } from "react";

import { updateSenderIdentityAction } from "@/app/(app)/actions/outreach";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";
import type { SenderIdentity } from "@/lib/outreach/identity";

const DELIVERY_NOTE = {
  smtp: "Mail goes out through this server's SMTP relay, from the address below. Make sure the relay may send for that domain (SPF/DKIM).",
  outbox: "Development: nothing leaves this machine. Sent messages land in the dev mailbox (/dev/mailbox).",
  none: "No SMTP server is configured on this installation, so outreach can't be delivered yet. Ask your administrator to set SMTP_URL.",
} as const;

/** The labels on screen, for the error summary above the form. */
const SENDER_LABELS = {
  fromName: "From name",
  fromAddress: "From address",
  replyTo: "Reply-to",
  brandName: "Brand name",
  brandLinks: "Brand links",
  brandIntro: "Brand intro",
  postalAddress: "Postal address",
  dailySendLimit: "Daily send limit",
  followUpDays: "Follow up after (days)",
};

export function SenderIdentityForm({
  slug,
  initial,
  canEdit,
  delivery,
}: {
  slug: string;
  initial: SenderIdentity;
  canEdit: boolean;
  delivery: keyof typeof DELIVERY_NOTE;
}) {
  const [v, setV] = useState({
    ...initial,
    brandLinks: initial.brandLinks.join("\n"),
    dailySendLimit: String(initial.dailySendLimit),
    followUpDays: String(initial.followUpDays),
  });
  const [saved, setSaved] = useState(false);
  const { run, pending, error, fieldErrors } = useAction(updateSenderIdentityAction, SENDER_LABELS);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => {
    setSaved(false);
    setV((s) => ({ ...s, [k]: e.target.value }));
  };
  return (
    <Card>
      <CardHeader>
        <CardTitle>Sender identity</CardTitle>
        <CardDescription>
          Who outreach comes from. Influencers check the brand behind a message before they answer, so use a real person, a real address and
          the brand’s own links.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form
          method="post"
          className="grid gap-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setSaved(false);
            run(
              [
                slug,
                {
                  ...v,
                  brandLinks: v.brandLinks
                    .split(/\n|,/)
                    .map((l) => l.trim())
                    .filter(Boolean),
                  dailySendLimit: Number(v.dailySendLimit),
                  followUpDays: Number(v.followUpDays),
                },
              ],
              () => setSaved(true),
            );
          }}
        >
          <Alert tone={delivery === "none" ? "warning" : "info"}>{DELIVERY_NOTE[delivery]}</Alert>
          {error ? <Alert tone="error">{error}</Alert> : null}
          {saved ? <Alert tone="success">Sender identity saved.</Alert> : null}
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="From name" hint="A person, e.g. “Sam at Glow Labs”." error={fieldErrors.fromName}>
              <Input value={v.fromName} onChange={set("fromName")} disabled={!canEdit} autoComplete="name" />
            </Field>
            <Field label="From address" error={fieldErrors.fromAddress}>
              <Input type="email" value={v.fromAddress} onChange={set("fromAddress")} disabled={!canEdit} autoComplete="email" />
            </Field>
            <Field label="Reply-to (optional)" hint="Where replies go, if not the from address." error={fieldErrors.replyTo}>
              <Input type="email" value={v.replyTo} onChange={set("replyTo")} disabled={!canEdit} />
            </Field>
            <Field label="Brand name" error={fieldErrors.brandName}>
              <Input value={v.brandName} onChange={set("brandName")} disabled={!canEdit} />
            </Field>
          </div>
          <Field
            label="Brand links"
            hint="Website and social profiles, one per line. Offered as {{brand_links}} and checked for in every message."
            error={fieldErrors.brandLinks}
          >
            <Textarea
              rows={3}
              value={v.brandLinks}
              onChange={set("brandLinks")}
              disabled={!canEdit}
              placeholder={"glowlabs.com\ninstagram.com/glowlabs"}
            />
          </Field>
          <Field label="Brand intro (optional)" hint="One sentence about the brand, for templates." error={fieldErrors.brandIntro}>
            <Textarea rows={2} value={v.brandIntro} onChange={set("brandIntro")} disabled={!canEdit} />
          </Field>
          <Field
            label="Postal address"
            hint="Printed in the footer of every outreach email, as the CAN-SPAM Act requires."
            error={fieldErrors.postalAddress}
          >
            <Textarea rows={2} value={v.postalAddress} onChange={set("postalAddress")} disabled={!canEdit} autoComplete="street-address" />
          </Field>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field
              label="Daily send limit"
              hint="Messages over the limit wait until the next day (UTC)."
              error={fieldErrors.dailySendLimit}
            >
              <Input
                type="number"
                inputMode="numeric"
                min={1}
                max={2000}
                value={v.dailySendLimit}
                onChange={set("dailySendLimit")}
                disabled={!canEdit}
              />
            </Field>
            <Field label="Follow up after (days)" hint="With no reply, a follow-up becomes due." error={fieldErrors.followUpDays}>
              <Input
                type="number"
                inputMode="numeric"
                min={1}
                max={30}
                value={v.followUpDays}
                onChange={set("followUpDays")}
                disabled={!canEdit}
              />
            </Field>
          </div>
          {canEdit ? (
            <div>
              <Button type="submit" disabled={pending}>
                {pending ? "Saving…" : "Save sender identity"}
              </Button>
            </div>
          ) : (
            <p className="text-sm text-muted-foreground">Only owners and admins can change the sender identity.</p>
          )}
        </form>
      </CardContent>
    </Card>
  );
}
