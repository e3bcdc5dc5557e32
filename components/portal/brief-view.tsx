// A brief, read-only, in the order the brief builder shows it. Used by the portal and the brand's preview.
import type { Brief } from "@/lib/briefs";
import { DELIVERABLE_TYPE_LABELS, PLATFORM_LABELS } from "@/lib/vocabulary";

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1">
      <h3 className="text-sm font-semibold">{title}</h3>
      <div className="text-sm text-muted-foreground">{children}</div>
    </div>
  );
}

function Lines({ items }: { items: string[] }) {
  const filled = items.filter((i) => i.trim());
  if (!filled.length) return <p>—</p>;
  return (
    <ul className="list-disc space-y-0.5 pl-5">
      {filled.map((i, n) => (
        <li key={n}>{i}</li>
      ))}
    </ul>
  );
}

function Text({ value }: { value: string }) {
  return <p className="whitespace-pre-line">{value.trim() || "—"}</p>;
}

export function BriefView({ brief }: { brief: Brief }) {
  const links = [...brief.links, ...(brief.assets ?? [])].filter((l) => l.url);
  return (
    <div className="grid gap-4">
      <Section title="Campaign goals">
        <Text value={brief.goals} />
      </Section>
      <Section title="Target audience">
        <Text value={brief.targetAudience} />
      </Section>
      <Section title="Key messages">
        <Lines items={brief.keyMessages} />
      </Section>
      <Section title="Deliverables">
        {brief.deliverables.length ? (
          <ul className="list-disc space-y-0.5 pl-5">
            {brief.deliverables.map((d, i) => (
              <li key={i}>
                {d.count} × {DELIVERABLE_TYPE_LABELS[d.type]}
                {d.platform ? ` on ${PLATFORM_LABELS[d.platform]}` : ""}
                {d.dueDate ? `, due ${d.dueDate}` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p>—</p>
        )}
      </Section>
      <Section title="Timeline">
        <Text value={brief.timeline} />
      </Section>
      <Section title="Payment terms">
        <Text value={brief.paymentTerms} />
      </Section>
      <Section title="Disclosure requirements">
        <Text value={brief.disclosureRequirements} />
      </Section>
      <div className="grid gap-4 sm:grid-cols-2">
        <Section title="Do's">
          <Lines items={brief.dos} />
        </Section>
        <Section title="Don'ts">
          <Lines items={brief.donts} />
        </Section>
      </div>
      <Section title="Creative freedom">
        <Text value={brief.creativeFreedom} />
      </Section>
      <Section title="Links and assets">
        {links.length ? (
          <ul className="space-y-0.5">
            {links.map((l, i) => (
              <li key={i}>
                <a className="break-all text-primary underline underline-offset-4" href={l.url} target="_blank" rel="noopener noreferrer">
                  {l.label || l.url}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p>—</p>
        )}
      </Section>
    </div>
  );
}
