// Getting started: four steps, shown on the Overview only while one is still open. Server component.
import { CheckCircle2, Circle } from "lucide-react";

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";
import type { Overview } from "@/lib/overview/get-overview";

export function setupComplete(setup: Overview["setup"]): boolean {
  return !setup || Object.values(setup).every(Boolean);
}

export function SetupChecklist({ setup, slug }: { setup: NonNullable<Overview["setup"]>; slug: string }) {
  const base = `/w/${slug}`;
  const steps = [
    {
      done: setup.teammates,
      title: "Invite your team",
      text: "Teammates and, for agencies, the client who signs off content.",
      href: `${base}/settings/members`,
    },
    {
      done: setup.roster,
      title: "Build your roster",
      text: "Import influencers from a CSV and see tiers, engagement and authenticity risk.",
      href: `${base}/influencers`,
    },
    {
      done: setup.campaign,
      title: "Plan a campaign",
      text: "Set goals and a budget, then write a brief that scores 100.",
      href: `${base}/campaigns`,
    },
    {
      done: setup.outreach,
      title: "Reach out",
      text: "Write a first message that passes the personalization check, or invite influencers to a campaign.",
      href: `${base}/outreach`,
    },
  ];
  return (
    <Card data-testid="setup-checklist">
      <CardHeader>
        <CardTitle>Get started</CardTitle>
        <CardDescription>
          {steps.filter((s) => s.done).length} of {steps.length} done
        </CardDescription>
      </CardHeader>
      <CardContent>
        <ol className="grid gap-1">
          {steps.map((s) => (
            <li key={s.title}>
              <IntentLink href={s.href} className="-mx-2 flex items-start gap-3 rounded-md p-2 hover:bg-accent">
                {s.done ? (
                  <CheckCircle2 aria-label="done" className="mt-0.5 size-5 shrink-0 text-success" />
                ) : (
                  <Circle aria-label="to do" className="mt-0.5 size-5 shrink-0 text-muted-foreground" />
                )}
                <span>
                  <span className={s.done ? "block font-medium text-muted-foreground line-through" : "block font-medium"}>{s.title}</span>
                  <span className="block text-sm text-muted-foreground">{s.text}</span>
                </span>
              </IntentLink>
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
