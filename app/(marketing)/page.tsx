import { BadgeCheck, FileText, Search, ShieldCheck, Sigma, Users } from "lucide-react";

import { buttonVariants } from "@/components/ui/button";
import { IntentLink } from "@/components/ui/intent-link";

const features = [
  {
    icon: Search,
    title: "Find real micro-influencers",
    text: "Search your roster by niche, hashtag and engagement, with tiers and fake-follower risk explained.",
  },
  {
    icon: Users,
    title: "Outreach that isn't generic",
    text: "Every first message is checked for a specific compliment, a real introduction and a clear offer.",
  },
  {
    icon: FileText,
    title: "Briefs scored for completeness",
    text: "Goals, deliverables, due dates, payment terms and disclosure rules — nothing left vague.",
  },
  {
    icon: ShieldCheck,
    title: "FTC checks before posts go live",
    text: "Drafts with a missing, vague or buried #ad can't be approved. US and UK rule sets.",
  },
  {
    icon: Sigma,
    title: "Metrics that show their formula",
    text: "ERR, CTR, CPM and ROI computed one way, everywhere, with the math next to the number.",
  },
  {
    icon: BadgeCheck,
    title: "Built for agencies",
    text: "One workspace per client brand, roles for your team, and a client role that signs off content.",
  },
];

export default function Landing() {
  return (
    <div className="min-h-dvh">
      <header className="mx-auto flex max-w-6xl items-center justify-between p-4 sm:p-6">
        <span className="text-lg font-semibold tracking-tight">Microcampaigns</span>
        <nav aria-label="Account" className="flex gap-2">
          <IntentLink className={buttonVariants({ variant: "ghost" })} href="/sign-in">
            Sign in
          </IntentLink>
          <IntentLink className={buttonVariants()} href="/sign-up">
            Start free
          </IntentLink>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 pb-16 sm:px-6">
        <section className="py-14 sm:py-20">
          <h1 className="max-w-3xl text-4xl font-semibold tracking-tight sm:text-5xl">
            Micro-influencer campaigns, without the enterprise weight.
          </h1>
          <p className="mt-4 max-w-2xl text-lg text-muted-foreground">
            Discovery, outreach, briefs, contracts, disclosure checks and ROI in one open-source app you can host yourself.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <IntentLink className={buttonVariants({ size: "lg" })} href="/sign-up">
              Create your workspace
            </IntentLink>
            <IntentLink className={buttonVariants({ size: "lg", variant: "outline" })} href="/sign-in">
              Open the demo
            </IntentLink>
          </div>
        </section>
        <section aria-labelledby="features" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <h2 id="features" className="sr-only">
            Features
          </h2>
          {features.map((f) => (
            <div key={f.title} className="rounded-lg border p-5">
              <f.icon aria-hidden className="size-5 text-primary" />
              <h3 className="mt-3 font-semibold">{f.title}</h3>
              <p className="mt-1 text-sm text-muted-foreground">{f.text}</p>
            </div>
          ))}
        </section>
      </main>
    </div>
  );
}
