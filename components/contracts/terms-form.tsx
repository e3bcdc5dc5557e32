"use client";

// The contract terms as a form: parties, deliverables, compensation and payment, usage rights,
// exclusivity, approval, cancellation and law. Controlled by TermsEditor; `errors` maps a terms path
// ("deliverables[0].dueDate") to the messages shown under that field.
import { Plus, Trash2 } from "lucide-react";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
import { minorToInput, parseMoneyInput } from "@/lib/contracts/money-input";
import type { ContractDeliverable, ContractTerms, PaymentMilestone } from "@/lib/contracts/schema";
import {
  DELIVERABLE_TYPE_LABELS,
  DELIVERABLE_TYPES,
  PLATFORM_LABELS,
  PLATFORMS,
  type DeliverableType,
  type Platform,
} from "@/lib/vocabulary";

import { anchorOf, CheckRow, TermsField, WholeNumberInput } from "./terms-field";

type Errors = Record<string, readonly string[]>;
/** No readiness warnings (the default). */
const NONE: Errors = {};
type SetTerms = (update: (t: ContractTerms) => ContractTerms) => void;

function Section({
  title,
  description,
  field,
  children,
}: {
  title: string;
  description?: string;
  field?: string;
  children: React.ReactNode;
}) {
  return (
    <Card
      id={field ? anchorOf(field) : undefined}
      tabIndex={field ? -1 : undefined}
      className="scroll-mt-20 focus:outline-2 focus:outline-ring"
    >
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <CardContent className="grid gap-4">{children}</CardContent>
    </Card>
  );
}

/** A money amount typed in major units, stored in minor units; a bad entry keeps its text and shows why. */
function MoneyField({
  field,
  label,
  hint,
  minor,
  currency,
  errors,
  onMinor,
}: {
  field: string;
  label: string;
  hint?: string;
  minor: number | null;
  currency: string;
  errors?: readonly string[];
  onMinor: (m: number | null) => void;
}) {
  const [text, setText] = useState(() => minorToInput(minor, currency));
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <TermsField field={field} label={`${label} (${currency || "—"})`} hint={hint} errors={problem ? [problem] : errors}>
      <Input
        inputMode="decimal"
        value={text}
        placeholder="0.00"
        onChange={(e) => {
          setText(e.target.value);
          const r = parseMoneyInput(e.target.value, currency);
          setProblem(r.ok ? null : r.message);
          if (r.ok) onMinor(r.minor);
        }}
      />
    </TermsField>
  );
}

const WHEN_OPTIONS = [
  ["signing", "On signing"],
  ["live", "When the content goes live"],
  ["date", "On a date"],
] as const;

function MilestoneRow({ m, i, set }: { m: PaymentMilestone; i: number; set: SetTerms }) {
  const kind = m.when === "signing" || m.when === "live" ? m.when : "date";
  const update = (next: Partial<PaymentMilestone>) =>
    set((t) => ({ ...t, paymentMilestones: t.paymentMilestones.map((x, j) => (j === i ? { ...x, ...next } : x)) }));
  return (
    <li className="grid grid-cols-[5rem_1fr_auto] items-end gap-2 sm:grid-cols-[5rem_1fr_10rem_auto]">
      <TermsField field={`paymentMilestones[${i}].percent`} label="%">
        <WholeNumberInput value={m.percent} max={100} onValue={(n) => update({ percent: Math.max(1, n ?? 1) })} />
      </TermsField>
      <TermsField field={`paymentMilestones[${i}].when`} label="When">
        <NativeSelect
          value={kind}
          onChange={(e) =>
            update({ when: e.target.value === "date" ? new Date().toISOString().slice(0, 10) : (e.target.value as "signing" | "live") })
          }
        >
          {WHEN_OPTIONS.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </NativeSelect>
      </TermsField>
      {kind === "date" ? (
        <TermsField field={`paymentMilestones[${i}].date`} label="Date">
          <Input type="date" value={m.when} onChange={(e) => e.target.value && update({ when: e.target.value })} />
        </TermsField>
      ) : (
        <span className="hidden sm:block" />
      )}
      <Button
        type="button"
        variant="ghost"
        size="icon"
        aria-label={`Remove milestone ${i + 1}`}
        onClick={() => set((t) => ({ ...t, paymentMilestones: t.paymentMilestones.filter((_, j) => j !== i) }))}
      >
        <Trash2 />
      </Button>
    </li>
  );
}

function DeliverableRow({ d, i, set, errors }: { d: ContractDeliverable; i: number; set: SetTerms; errors: Errors }) {
  const update = (next: Partial<ContractDeliverable>) =>
    set((t) => ({ ...t, deliverables: t.deliverables.map((x, j) => (j === i ? { ...x, ...next } : x)) }));
  return (
    // Two rows of three (what and where; when and for how long): six columns never fit beside the
    // readiness panel, and labels stay on one line when a field shows its error underneath.
    <li className="grid gap-3 rounded-md border p-3 sm:grid-cols-[1fr_1fr_6rem] sm:items-start">
      <TermsField field={`deliverables[${i}].type`} label="Type">
        <NativeSelect value={d.type} onChange={(e) => update({ type: e.target.value as DeliverableType })}>
          {DELIVERABLE_TYPES.map((t) => (
            <option key={t} value={t}>
              {DELIVERABLE_TYPE_LABELS[t]}
            </option>
          ))}
        </NativeSelect>
      </TermsField>
      <TermsField field={`deliverables[${i}].platform`} label="Platform">
        <NativeSelect value={d.platform ?? ""} onChange={(e) => update({ platform: (e.target.value || null) as Platform | null })}>
          <option value="">Any</option>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {PLATFORM_LABELS[p]}
            </option>
          ))}
        </NativeSelect>
      </TermsField>
      <TermsField field={`deliverables[${i}].count`} label="Count">
        <WholeNumberInput value={d.count} max={1000} onValue={(n) => update({ count: n ?? 0 })} />
      </TermsField>
      <TermsField field={`deliverables[${i}].dueDate`} label="Due date" errors={errors[`deliverables[${i}].dueDate`]}>
        <Input type="date" value={d.dueDate ?? ""} onChange={(e) => update({ dueDate: e.target.value || null })} />
      </TermsField>
      <TermsField field={`deliverables[${i}].liveDays`} label="Stays up (days)">
        <WholeNumberInput value={d.liveDays} onValue={(n) => update({ liveDays: n })} />
      </TermsField>
      <Button
        type="button"
        variant="ghost"
        size="icon"
        className="justify-self-end sm:mt-6"
        aria-label={`Remove deliverable ${i + 1}`}
        onClick={() => set((t) => ({ ...t, deliverables: t.deliverables.filter((_, j) => j !== i) }))}
      >
        <Trash2 />
      </Button>
    </li>
  );
}

export function TermsForm({
  terms: t,
  set,
  errors,
  warnings = NONE,
}: {
  terms: ContractTerms;
  set: SetTerms;
  errors: Errors;
  warnings?: Errors;
}) {
  const party = (side: "brand" | "influencer", key: string, value: string) =>
    set((x) => ({ ...x, parties: { ...x.parties, [side]: { ...x.parties[side], [key]: value } } }));
  const milestoneTotal = t.paymentMilestones.reduce((s, m) => s + m.percent, 0);
  return (
    <div className="grid gap-6">
      <Section title="Parties" description="Legal names as they appear on the signed contract.">
        <div className="grid gap-4 sm:grid-cols-2">
          <TermsField field="parties.brand.legalName" label="Brand legal name" errors={errors["parties.brand.legalName"]}>
            <Input
              value={t.parties.brand.legalName}
              onChange={(e) => party("brand", "legalName", e.target.value)}
              autoComplete="organization"
            />
          </TermsField>
          <TermsField field="parties.brand.address" label="Brand address" errors={errors["parties.brand.address"]}>
            <Input
              value={t.parties.brand.address}
              onChange={(e) => party("brand", "address", e.target.value)}
              autoComplete="street-address"
            />
          </TermsField>
          <TermsField field="parties.influencer.legalName" label="Influencer legal name" errors={errors["parties.influencer.legalName"]}>
            <Input value={t.parties.influencer.legalName} onChange={(e) => party("influencer", "legalName", e.target.value)} />
          </TermsField>
          <TermsField field="parties.influencer.email" label="Influencer email" errors={errors["parties.influencer.email"]}>
            <Input type="email" value={t.parties.influencer.email} onChange={(e) => party("influencer", "email", e.target.value)} />
          </TermsField>
          <TermsField field="parties.influencer.country" label="Influencer country">
            <Input value={t.parties.influencer.country} onChange={(e) => party("influencer", "country", e.target.value)} />
          </TermsField>
        </div>
        <CheckRow
          field="influencerIsMinor"
          label="The influencer is a minor"
          hint="A parent or guardian then signs with them."
          checked={t.influencerIsMinor}
          onChecked={(v) => set((x) => ({ ...x, influencerIsMinor: v }))}
        />
        {t.influencerIsMinor ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <TermsField field="guardianName" label="Guardian's name" errors={errors.guardianName}>
              <Input value={t.guardianName ?? ""} onChange={(e) => set((x) => ({ ...x, guardianName: e.target.value || null }))} />
            </TermsField>
            <TermsField field="guardianEmail" label="Guardian's email">
              <Input
                type="email"
                value={t.guardianEmail ?? ""}
                onChange={(e) => set((x) => ({ ...x, guardianEmail: e.target.value || null }))}
              />
            </TermsField>
          </div>
        ) : null}
      </Section>

      <Section title="Deliverables" description="What the influencer posts, where, how many and by when." field="deliverables">
        {errors.deliverables ? <p className="text-sm font-medium text-destructive">{errors.deliverables[0]}</p> : null}
        <ul className="grid gap-3">
          {t.deliverables.map((d, i) => (
            <DeliverableRow key={i} d={d} i={i} set={set} errors={errors} />
          ))}
        </ul>
        <Button
          type="button"
          variant="outline"
          className="justify-self-start"
          disabled={t.deliverables.length >= 50}
          onClick={() =>
            set((x) => ({
              ...x,
              deliverables: [...x.deliverables, { type: "post", platform: null, count: 1, dueDate: null, liveDays: null }],
            }))
          }
        >
          <Plus /> Add deliverable
        </Button>
      </Section>

      <Section title="Compensation and payment">
        <div className="grid gap-4 sm:grid-cols-[8rem_1fr_1fr]">
          <TermsField field="currency" label="Currency" errors={errors.currency}>
            <Input value={t.currency} maxLength={3} onChange={(e) => set((x) => ({ ...x, currency: e.target.value.toUpperCase() }))} />
          </TermsField>
          <MoneyField
            field="feeMinor"
            label="Cash fee"
            minor={t.feeMinor}
            currency={t.currency}
            errors={errors.feeMinor}
            hint={t.agreedFeeMinor !== null ? `Agreed on the collaboration: ${minorToInput(t.agreedFeeMinor, t.currency)}` : undefined}
            onMinor={(m) => set((x) => ({ ...x, feeMinor: m }))}
          />
          <TermsField
            field="paymentNetDays"
            label="Paid within (net days)"
            errors={errors.paymentNetDays}
            hint="0 = on receipt of the invoice."
          >
            <WholeNumberInput value={t.paymentNetDays} onValue={(n) => set((x) => ({ ...x, paymentNetDays: n }))} />
          </TermsField>
        </div>
        <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
          <TermsField field="product" label="Product given" errors={errors.product}>
            <Input value={t.product ?? ""} onChange={(e) => set((x) => ({ ...x, product: e.target.value || null }))} />
          </TermsField>
          <MoneyField
            field="productValueMinor"
            label="Product value"
            minor={t.productValueMinor}
            currency={t.currency}
            onMinor={(m) => set((x) => ({ ...x, productValueMinor: m }))}
          />
        </div>
        <div id={anchorOf("paymentMilestones")} tabIndex={-1} className="grid scroll-mt-20 gap-2 focus:outline-2 focus:outline-ring">
          <p className="text-sm font-medium">Payment milestones</p>
          <p className="text-xs text-muted-foreground">
            {t.paymentMilestones.length === 0
              ? "None: the whole fee is paid once the content goes live."
              : `Together ${milestoneTotal} % of the fee${milestoneTotal === 100 ? "" : " — must be 100 %"}.`}
          </p>
          {errors.paymentMilestones ? <p className="text-xs font-medium text-destructive">{errors.paymentMilestones[0]}</p> : null}
          <ul className="grid gap-2">
            {t.paymentMilestones.map((m, i) => (
              <MilestoneRow key={i} m={m} i={i} set={set} />
            ))}
          </ul>
          <div className="flex flex-wrap gap-2">
            <Button
              type="button"
              variant="outline"
              size="sm"
              disabled={t.paymentMilestones.length >= 12}
              onClick={() =>
                set((x) => ({
                  ...x,
                  paymentMilestones: [
                    ...x.paymentMilestones,
                    { percent: Math.max(1, 100 - milestoneTotal), when: x.paymentMilestones.length ? "live" : "signing" },
                  ],
                }))
              }
            >
              <Plus /> Add milestone
            </Button>
            <Button
              type="button"
              variant="ghost"
              size="sm"
              onClick={() =>
                set((x) => ({
                  ...x,
                  paymentMilestones: [
                    { percent: 50, when: "signing" },
                    { percent: 50, when: "live" },
                  ],
                }))
              }
            >
              50 % on signing, 50 % live
            </Button>
          </div>
        </div>
      </Section>

      <Section title="Usage rights" description="How the brand may use the content after it is published.">
        <div className="grid gap-3 sm:grid-cols-3">
          <CheckRow
            field="usage.organic"
            label="Organic reposting"
            checked={t.usage.organic}
            onChecked={(v) => set((x) => ({ ...x, usage: { ...x.usage, organic: v } }))}
          />
          <CheckRow
            field="usage.paid"
            label="Paid amplification"
            hint="Ads and whitelisting"
            checked={t.usage.paid}
            onChecked={(v) => set((x) => ({ ...x, usage: { ...x.usage, paid: v } }))}
          />
          <CheckRow
            field="usage.sparkAds"
            label="TikTok Spark Ads"
            hint="Authorisation codes last 7–365 days"
            checked={t.usage.sparkAds}
            onChecked={(v) => set((x) => ({ ...x, usage: { ...x.usage, sparkAds: v } }))}
          />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <TermsField field="usage.durationDays" label="Duration (days from publication)" errors={errors["usage.durationDays"]}>
            <WholeNumberInput
              value={t.usage.durationDays}
              onValue={(n) => set((x) => ({ ...x, usage: { ...x.usage, durationDays: n } }))}
            />
          </TermsField>
          <TermsField field="usage.territories" label="Territories" hint="Separate with commas, e.g. United States, Canada.">
            <Input
              value={t.usage.territories.join(", ")}
              onChange={(e) =>
                set((x) => ({
                  ...x,
                  usage: {
                    ...x.usage,
                    territories: e.target.value
                      .split(",")
                      .map((s) => s.trimStart())
                      .filter((s, i, all) => s !== "" || i === all.length - 1),
                  },
                }))
              }
            />
          </TermsField>
        </div>
      </Section>

      <Section title="Exclusivity, approval and cancellation">
        <CheckRow
          field="exclusivity"
          label="Exclusivity"
          hint="The influencer doesn't promote competitors for a while."
          checked={t.exclusivity !== null}
          onChecked={(v) => set((x) => ({ ...x, exclusivity: v ? { category: "", durationDays: null } : null }))}
        />
        {t.exclusivity ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <TermsField field="exclusivity.category" label="Category">
              <Input
                value={t.exclusivity.category}
                onChange={(e) =>
                  set((x) => ({ ...x, exclusivity: { durationDays: x.exclusivity?.durationDays ?? null, category: e.target.value } }))
                }
              />
            </TermsField>
            <TermsField field="exclusivity.durationDays" label="Duration (days)" errors={errors["exclusivity.durationDays"]}>
              <WholeNumberInput
                value={t.exclusivity.durationDays}
                onValue={(n) => set((x) => ({ ...x, exclusivity: { category: x.exclusivity?.category ?? "", durationDays: n } }))}
              />
            </TermsField>
          </div>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-3">
          <TermsField field="approvalRounds" label="Approval rounds" errors={errors.approvalRounds} warnings={warnings.approvalRounds}>
            <WholeNumberInput value={t.approvalRounds} max={20} onValue={(n) => set((x) => ({ ...x, approvalRounds: n }))} />
          </TermsField>
          <TermsField field="approvalTurnaroundDays" label="Review turnaround (days)">
            <WholeNumberInput value={t.approvalTurnaroundDays} onValue={(n) => set((x) => ({ ...x, approvalTurnaroundDays: n }))} />
          </TermsField>
          <TermsField
            field="killFeePercent"
            label="Kill fee (% of the fee)"
            errors={errors.killFeePercent}
            warnings={warnings.killFeePercent}
          >
            <WholeNumberInput value={t.killFeePercent} max={100} onValue={(n) => set((x) => ({ ...x, killFeePercent: n }))} />
          </TermsField>
        </div>
      </Section>

      <Section title="Disclosure, conduct and law">
        <div className="grid gap-4 sm:grid-cols-2">
          <TermsField field="jurisdiction" label="Disclosure rules">
            <NativeSelect
              value={t.jurisdiction}
              onChange={(e) => set((x) => ({ ...x, jurisdiction: e.target.value === "UK" ? "UK" : "US" }))}
            >
              <option value="US">United States (FTC 16 CFR 255)</option>
              <option value="UK">United Kingdom (ASA / CAP Code)</option>
            </NativeSelect>
          </TermsField>
          <TermsField field="governingLaw" label="Governing law" hint="e.g. the State of New York, England and Wales.">
            <Input value={t.governingLaw} onChange={(e) => set((x) => ({ ...x, governingLaw: e.target.value }))} />
          </TermsField>
          <TermsField field="ipOwnership" label="Intellectual property">
            <NativeSelect
              value={t.ipOwnership}
              onChange={(e) => set((x) => ({ ...x, ipOwnership: e.target.value === "brand_owns" ? "brand_owns" : "creator_licenses" }))}
            >
              <option value="creator_licenses">The influencer keeps copyright and licenses it</option>
              <option value="brand_owns">The brand owns the content once paid</option>
            </NativeSelect>
          </TermsField>
          <TermsField field="terminationNoticeDays" label="Termination notice (days)">
            <WholeNumberInput value={t.terminationNoticeDays} onValue={(n) => set((x) => ({ ...x, terminationNoticeDays: n }))} />
          </TermsField>
        </div>
        <CheckRow
          field="disclosureClause"
          label="Disclosure clause"
          hint="The influencer labels the content as an ad, as the law of the jurisdiction requires."
          checked={t.disclosureClause}
          onChecked={(v) => set((x) => ({ ...x, disclosureClause: v }))}
        />
        {errors.disclosureClause ? <p className="text-xs font-medium text-destructive">{errors.disclosureClause[0]}</p> : null}
        <CheckRow
          field="moralityClause"
          label="Conduct (morality) clause"
          checked={t.moralityClause}
          onChecked={(v) => set((x) => ({ ...x, moralityClause: v }))}
        />
        <TermsField field="specialTerms" label="Other terms" hint="Anything else agreed; it becomes its own section.">
          <Textarea rows={3} value={t.specialTerms ?? ""} onChange={(e) => set((x) => ({ ...x, specialTerms: e.target.value || null }))} />
        </TermsField>
      </Section>
    </div>
  );
}
