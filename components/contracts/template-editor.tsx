"use client";

// The workspace's contract template: clauses in order, each with a title, when it applies and its
// text with merge fields. Unknown merge fields are flagged as you type and refused on save; clauses
// can be added, moved and removed, and the shipped default put back.
import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { resetContractTemplateAction, saveContractTemplateAction } from "@/app/(app)/actions/contracts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useAction } from "@/components/workspaces/use-action";
import { CLAUSE_CONDITIONS, MERGE_FIELDS, unknownMergeFields, type ClauseCondition, type MergeField } from "@/lib/contracts/merge-fields";

const CONDITION_LABELS: Record<ClauseCondition, string> = {
  always: "Always",
  cash_fee: "With a cash fee",
  product: "With a product",
  usage: "With usage rights",
  spark_ads: "With Spark Ads",
  exclusivity: "With exclusivity",
  approval: "With approval rounds",
  kill_fee: "With a kill fee",
  disclosure: "With the disclosure clause",
  morality: "With the conduct clause",
  minor: "When the influencer is a minor",
  special_terms: "With other terms",
};

type Clause = { key: string; title: string; body: string; include: ClauseCondition; isNew?: boolean };

function newKey(clauses: Clause[]): string {
  for (let n = 1; ; n++) if (!clauses.some((c) => c.key === `custom_${n}`)) return `custom_${n}`;
}

export function ContractTemplateEditor({
  slug,
  initial,
  shipped,
  canEdit,
}: {
  slug: string;
  initial: Clause[];
  shipped: boolean;
  canEdit: boolean;
}) {
  const router = useRouter();
  const [clauses, setClauses] = useState<Clause[]>(initial);
  const [active, setActive] = useState(0);
  const [saved, setSaved] = useState(false);
  const save = useAction(saveContractTemplateAction);
  const reset = useAction(resetContractTemplateAction);
  const update = (i: number, next: Partial<Clause>) => {
    setSaved(false);
    setClauses((cs) => cs.map((c, j) => (j === i ? { ...c, ...next } : c)));
  };
  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    if (j < 0 || j >= clauses.length) return;
    const next = [...clauses];
    [next[i], next[j]] = [next[j]!, next[i]!];
    setClauses(next);
    setActive(j);
    setSaved(false);
  };
  const insert = (field: MergeField) => update(active, { body: `${clauses[active]?.body ?? ""}{{${field}}}` });
  const unknownTotal = clauses.reduce((n, c) => n + unknownMergeFields(c.body).length, 0);

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem] lg:items-start">
      <div className="grid gap-4">
        {save.error ? <Alert tone="error">{save.error}</Alert> : null}
        {reset.error ? <Alert tone="error">{reset.error}</Alert> : null}
        {saved ? <Alert tone="success">Template saved. New contracts are sent with it.</Alert> : null}
        <ol className="grid gap-4" data-testid="template-clauses">
          {clauses.map((c, i) => {
            const unknown = unknownMergeFields(c.body);
            const err =
              save.fieldErrors[`clauses.${i}.body`] ?? save.fieldErrors[`clauses.${i}.title`] ?? save.fieldErrors[`clauses.${i}.key`];
            const id = `clause-${i}`;
            return (
              <li key={`${c.key}-${i}`}>
                <Card className={active === i ? "border-primary/60" : undefined} onFocusCapture={() => setActive(i)}>
                  <CardContent className="grid gap-3 pt-5">
                    <fieldset disabled={!canEdit} className="grid gap-3">
                      <legend className="sr-only">Clause {i + 1}</legend>
                      <div className="grid gap-3 sm:grid-cols-[1fr_14rem]">
                        <div className="grid gap-1.5">
                          <Label htmlFor={`${id}-title`}>{i + 1}. Title</Label>
                          <Input
                            id={`${id}-title`}
                            value={c.title}
                            maxLength={120}
                            onChange={(e) => update(i, { title: e.target.value })}
                          />
                        </div>
                        <div className="grid gap-1.5">
                          <Label htmlFor={`${id}-include`}>Included</Label>
                          <NativeSelect
                            id={`${id}-include`}
                            value={c.include}
                            onChange={(e) => update(i, { include: e.target.value as ClauseCondition })}
                          >
                            {CLAUSE_CONDITIONS.map((k) => (
                              <option key={k} value={k}>
                                {CONDITION_LABELS[k]}
                              </option>
                            ))}
                          </NativeSelect>
                        </div>
                      </div>
                      <div className="grid gap-1.5">
                        <Label htmlFor={`${id}-body`}>Text</Label>
                        <Textarea
                          id={`${id}-body`}
                          rows={Math.min(10, Math.max(3, Math.ceil(c.body.length / 90)))}
                          value={c.body}
                          aria-invalid={unknown.length > 0 || err ? true : undefined}
                          aria-describedby={unknown.length > 0 || err ? `${id}-error` : undefined}
                          onChange={(e) => update(i, { body: e.target.value })}
                          className="font-mono text-[13px]"
                        />
                        {unknown.length > 0 || err ? (
                          <p id={`${id}-error`} className="text-xs font-medium text-destructive">
                            {unknown.length > 0
                              ? `Unknown merge field${unknown.length > 1 ? "s" : ""}: ${unknown.map((u) => `{{${u}}}`).join(", ")}. Use one from the list.`
                              : err?.[0]}
                          </p>
                        ) : null}
                      </div>
                      {canEdit ? (
                        <div className="flex flex-wrap items-center gap-1">
                          <span className="mr-auto font-mono text-xs text-muted-foreground">{c.key}</span>
                          <Button
                            type="button"
                            variant="ghost"
                            size="icon"
                            aria-label={`Move clause ${i + 1} up`}
                            disabled={i === 0}
                            onClick={() => move(i, -1)}
                          >
                            <ArrowUp />
                          </Button>
                          <Button
                            type="button"
                            variant="ghost"
                            size="icon"
                            aria-label={`Move clause ${i + 1} down`}
                            disabled={i === clauses.length - 1}
                            onClick={() => move(i, 1)}
                          >
                            <ArrowDown />
                          </Button>
                          <Button
                            type="button"
                            variant="ghost"
                            size="icon"
                            aria-label={`Remove clause ${i + 1}`}
                            disabled={clauses.length === 1}
                            onClick={() => {
                              setClauses((cs) => cs.filter((_, j) => j !== i));
                              setActive(0);
                            }}
                          >
                            <Trash2 />
                          </Button>
                        </div>
                      ) : null}
                    </fieldset>
                  </CardContent>
                </Card>
              </li>
            );
          })}
        </ol>
        {canEdit ? (
          <div className="flex flex-wrap gap-2">
            <Button
              type="button"
              variant="outline"
              disabled={clauses.length >= 60}
              onClick={() => {
                setClauses((cs) => [...cs, { key: newKey(cs), title: "New clause", body: "", include: "always", isNew: true }]);
                setActive(clauses.length);
              }}
            >
              <Plus /> Add a clause
            </Button>
            <Button
              type="button"
              disabled={save.pending || unknownTotal > 0}
              onClick={() =>
                save.run([slug, { clauses: clauses.map(({ key, title, body, include }) => ({ key, title, body, include })) }], () => {
                  setSaved(true);
                  router.refresh();
                })
              }
            >
              {save.pending ? "Saving…" : "Save template"}
            </Button>
            <Button
              type="button"
              variant="ghost"
              disabled={reset.pending || shipped}
              onClick={() => {
                if (!window.confirm("Put back the shipped default clauses? Your edits and added clauses are lost.")) return;
                reset.run([slug, {}], () => router.refresh());
              }}
            >
              Reset to the shipped default
            </Button>
          </div>
        ) : null}
      </div>
      <Card className="lg:sticky lg:top-4">
        <CardHeader>
          <CardTitle>Merge fields</CardTitle>
          <CardDescription>
            {canEdit
              ? "Click to add one to the clause you are editing (clause " + (active + 1) + ")."
              : "Filled in from each contract's terms."}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ul className="grid max-h-[28rem] gap-1 overflow-y-auto text-sm" aria-label="Merge fields">
            {(Object.keys(MERGE_FIELDS) as MergeField[]).map((f) => (
              <li key={f}>
                <button
                  type="button"
                  disabled={!canEdit}
                  onClick={() => insert(f)}
                  className="grid w-full rounded-md px-2 py-1 text-left hover:bg-accent disabled:pointer-events-none"
                >
                  <code className="font-mono text-xs">{`{{${f}}}`}</code>
                  <span className="text-xs text-muted-foreground">{MERGE_FIELDS[f]}</span>
                </button>
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>
    </div>
  );
}
