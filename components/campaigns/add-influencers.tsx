"use client";

// Adds influencers to a campaign: search the roster, pick a list, or quick-add a new person. Shows
// the budget after this addition (fee + estimated deliverables) so an overrun is seen before inviting.
import { Search, UserPlus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";

import { addInfluencersAction, quickAddInfluencerAction, searchRosterAction } from "@/app/(app)/actions/collaborations";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";
import { planBudget, type PlannedCollaboration, type RateCard } from "@/lib/campaigns/budget";
import { formatCount, formatMinorUnits } from "@/lib/metrics/format";
import { toMinorUnits } from "@/lib/metrics/money";
import { PLATFORM_LABELS, PLATFORMS, type Platform } from "@/lib/vocabulary";

import { CompensationFields, compensationInput, DEFAULT_COMPENSATION, type CompensationValue } from "./compensation-fields";

type Found = Awaited<ReturnType<typeof searchRosterAction>> extends { ok: true; data: infer D } | { ok: false } ? D : never;

export function AddInfluencers(props: {
  slug: string;
  campaignId: string;
  currency: string;
  budgetMinor: number | null;
  rateCard: RateCard;
  collaborations: PlannedCollaboration[];
  briefDeliverables: { platform: string | null; count: number }[];
}) {
  const { slug, campaignId, currency } = props;
  const router = useRouter();
  const [mode, setMode] = useState<"roster" | "new">("roster");
  const [q, setQ] = useState("");
  const [found, setFound] = useState<Found | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [listId, setListId] = useState("");
  const [comp, setComp] = useState<CompensationValue>(DEFAULT_COMPENSATION);
  const [quick, setQuick] = useState({ displayName: "", platform: "instagram" as Platform, handle: "", followers: "", email: "" });
  const [done, setDone] = useState<string | null>(null);
  const search = useAction(searchRosterAction);
  const add = useAction(addInfluencersAction);
  const quickAdd = useAction(quickAddInfluencerAction);
  const runSearch = search.run;
  const cardRef = useRef<HTMLElement>(null);
  // The roster is searched once the card comes near the screen (or something in it gets focus), not
  // on every view of the campaign: on a phone the card is below the fold, and a search answered while
  // the page is still loading competes with it for the network and the main thread.
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    const card = cardRef.current;
    if (wanted || !card) return;
    const seen = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setWanted(true), { rootMargin: "300px" });
    seen.observe(card);
    return () => seen.disconnect();
  }, [wanted]);

  // Searches once per change of the query (debounced while typing); `runSearch` is stable, so a result
  // does not start another search. A late answer to an older query is dropped.
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    const t = setTimeout(
      () =>
        runSearch([slug, { campaignId, q }], (d) => {
          if (current) setFound(d);
        }),
      q ? 250 : 0,
    );
    return () => {
      current = false;
      clearTimeout(t);
    };
  }, [wanted, q, slug, campaignId, runSearch]);

  const people = mode === "new" ? 1 : picked.length + (listId ? (found?.lists.find((l) => l.id === listId)?.members ?? 0) : 0);
  const fmt = (m: number) => formatMinorUnits(m, currency);
  const { budgetMinor, rateCard, collaborations, briefDeliverables } = props;
  const projection = useMemo(() => {
    if (people === 0) return null;
    const { compensationType, fee } = compensationInput(comp);
    const feeMinor = fee === null || Number.isNaN(fee) ? null : toMinorUnits(fee, currency);
    const extra = Array.from({ length: people }, () => ({
      status: "invited",
      compensationType,
      feeMinor,
      deliverables: briefDeliverables,
    }));
    return planBudget({
      currency,
      budgetMinor,
      rateCard,
      collaborations: [...collaborations, ...extra],
      formatMoney: (m) => formatMinorUnits(m, currency),
    });
  }, [people, comp, currency, budgetMinor, rateCard, collaborations, briefDeliverables]);

  const error = mode === "new" ? quickAdd.error : add.error;
  const fieldErrors = mode === "new" ? quickAdd.fieldErrors : add.fieldErrors;
  const pending = add.pending || quickAdd.pending;

  function finish(n: number, skipped: number) {
    setDone(
      `${n} influencer${n === 1 ? "" : "s"} added${skipped ? `, ${skipped} already in the campaign` : ""}. Create their invite links below.`,
    );
    setPicked([]);
    setListId("");
    setQuick({ displayName: "", platform: quick.platform, handle: "", followers: "", email: "" });
    router.refresh();
    runSearch([slug, { campaignId, q }], setFound);
  }

  return (
    <Card ref={cardRef} onFocus={() => setWanted(true)}>
      <CardHeader>
        <CardTitle>Add influencers</CardTitle>
        <CardDescription>From your roster or a list — or add someone new by name and handle.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <div role="tablist" aria-label="How to add" className="flex gap-1 rounded-md bg-muted p-1 text-sm">
          {(["roster", "new"] as const).map((m) => (
            <button
              key={m}
              role="tab"
              type="button"
              aria-selected={mode === m}
              className={
                mode === m
                  ? "flex-1 rounded bg-background px-3 py-1.5 font-medium shadow-xs"
                  : "flex-1 rounded px-3 py-1.5 text-muted-foreground"
              }
              onClick={() => setMode(m)}
            >
              {m === "roster" ? "From the roster" : "New influencer"}
            </button>
          ))}
        </div>
        {done ? <Alert tone="success">{done}</Alert> : null}
        {error ? <Alert tone="error">{error}</Alert> : null}
        {mode === "roster" ? (
          <div className="grid gap-3">
            <div className="grid gap-3 sm:grid-cols-[1fr_14rem]">
              <Field label="Search the roster" hint="Name or handle">
                <Input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="e.g. jane or @jane.doe" />
              </Field>
              <Field label="Or everyone on a list">
                <NativeSelect value={listId} onChange={(e) => setListId(e.target.value)}>
                  <option value="">No list</option>
                  {(found?.lists ?? []).map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.name} ({l.members})
                    </option>
                  ))}
                </NativeSelect>
              </Field>
            </div>
            <div className="max-h-64 overflow-y-auto rounded-md border" aria-busy={search.pending || (!found && !search.error)}>
              {found ? null : search.error ? (
                <p role="alert" className="p-3 text-sm text-destructive">
                  The roster could not be searched: {search.error}
                </p>
              ) : (
                <p className="p-3 text-sm text-muted-foreground">Loading the roster…</p>
              )}
              {found && found.influencers.length === 0 ? (
                <p className="p-3 text-sm text-muted-foreground">
                  {q ? "Nobody in the roster matches." : "The roster is empty."} Use “New influencer” to add someone.
                </p>
              ) : null}
              <ul>
                {(found?.influencers ?? []).map((i) => (
                  <li key={i.id} className="border-b last:border-0">
                    <label className="flex cursor-pointer items-center gap-3 px-3 py-2 text-sm hover:bg-accent">
                      <input
                        type="checkbox"
                        className="size-4"
                        disabled={i.inCampaign}
                        checked={picked.includes(i.id)}
                        onChange={(e) => setPicked(e.target.checked ? [...picked, i.id] : picked.filter((x) => x !== i.id))}
                      />
                      <span className="min-w-0 flex-1">
                        <span className="font-medium">{i.displayName}</span>{" "}
                        <span className="text-muted-foreground">{i.accounts.map((a) => `@${a.handle}`).join(" · ")}</span>
                      </span>
                      <span className="text-xs text-muted-foreground">
                        {i.inCampaign ? "In campaign" : `${formatCount(i.followers)} followers`}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        ) : (
          <div className="grid gap-3 sm:grid-cols-2 sm:items-start">
            <Field label="Name" error={fieldErrors.displayName}>
              <Input value={quick.displayName} onChange={(e) => setQuick({ ...quick, displayName: e.target.value })} />
            </Field>
            <Field label="Email (optional)" hint="For notifications about their drafts." error={fieldErrors.email}>
              <Input type="email" value={quick.email} onChange={(e) => setQuick({ ...quick, email: e.target.value })} />
            </Field>
            <Field label="Platform" error={fieldErrors.platform}>
              <NativeSelect value={quick.platform} onChange={(e) => setQuick({ ...quick, platform: e.target.value as Platform })}>
                {PLATFORMS.map((p) => (
                  <option key={p} value={p}>
                    {PLATFORM_LABELS[p]}
                  </option>
                ))}
              </NativeSelect>
            </Field>
            <Field label="Handle or profile link" error={fieldErrors.handle}>
              <Input value={quick.handle} onChange={(e) => setQuick({ ...quick, handle: e.target.value })} placeholder="@jane.doe" />
            </Field>
            <Field label="Followers" hint="On this platform; sets their tier." error={fieldErrors.followers}>
              <Input inputMode="numeric" value={quick.followers} onChange={(e) => setQuick({ ...quick, followers: e.target.value })} />
            </Field>
          </div>
        )}
        <CompensationFields value={comp} onChange={setComp} errors={fieldErrors} currency={currency} />
        {projection ? (
          <Alert
            tone={projection.status === "over" ? "error" : projection.status === "at_risk" ? "warning" : "info"}
            data-testid="budget-projection"
          >
            After adding {people}: agreed fees {fmt(projection.agreedMinor)}
            {projection.budgetMinor !== null ? ` of ${fmt(projection.budgetMinor)} budget` : ""}; estimated deliverables{" "}
            {fmt(projection.estimate.lowMinor)}–{fmt(projection.estimate.highMinor)}.
            {projection.status === "over" || projection.status === "at_risk" ? ` ${projection.warnings[0]}` : ""}
          </Alert>
        ) : null}
        <div>
          <Button
            disabled={pending || (mode === "roster" && people === 0)}
            onClick={() => {
              setDone(null);
              if (mode === "new")
                quickAdd.run([slug, { campaignId, ...quick, ...compensationInput(comp) }], (d) => finish(d.created, d.skipped));
              else
                add.run([slug, { campaignId, influencerIds: picked, listId: listId || undefined, ...compensationInput(comp) }], (d) =>
                  finish(d.created, d.skipped),
                );
            }}
          >
            {mode === "new" ? <UserPlus /> : <Search />}
            {pending ? "Adding…" : mode === "new" ? "Add to campaign" : `Add ${people || ""} to campaign`}
          </Button>
        </div>
      </CardContent>
    </Card>
  );
}
