"use client";

// Discount codes of a collaboration: list with copy, add (typed, or generated from a pattern such
// as {NAME}15 → AVA15), delete.
import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { createDiscountCodeAction, deleteDiscountCodeAction } from "@/app/(app)/actions/tracking";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { CopyButton } from "@/components/workspaces/copy-button";
import { useAction } from "@/components/workspaces/use-action";

type Code = { id: string; code: string; description: string | null; cap: number | null };

export function DiscountCodes({
  slug,
  collaborationId,
  codes,
  canWrite,
}: {
  slug: string;
  collaborationId: string;
  codes: Code[];
  canWrite: boolean;
}) {
  const router = useRouter();
  const create = useAction(createDiscountCodeAction, { code: "Code", pattern: "Pattern", description: "Discount", cap: "Cap" });
  const remove = useAction(deleteDiscountCodeAction);
  const [code, setCode] = useState("");
  const [pattern, setPattern] = useState("{NAME}15");
  const [description, setDescription] = useState("");
  const [cap, setCap] = useState("");
  return (
    <section className="grid gap-2" aria-labelledby={`codes-${collaborationId}`}>
      <h3 id={`codes-${collaborationId}`} className="text-sm font-semibold">
        Discount codes
      </h3>
      {codes.length === 0 ? <p className="text-sm text-muted-foreground">No discount codes yet.</p> : null}
      <ul className="grid gap-2">
        {codes.map((c) => (
          <li key={c.id} className="flex min-w-0 flex-wrap items-center gap-2 text-sm" data-testid="discount-code">
            <code className="rounded bg-muted px-2 py-1 font-mono text-xs">{c.code}</code>
            <span className="min-w-0 flex-1 truncate text-muted-foreground">
              {c.description ?? ""}
              {c.cap ? ` · up to ${c.cap} uses` : ""}
            </span>
            <CopyButton text={c.code} label="Copy" />
            {canWrite ? (
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Delete ${c.code}`}
                disabled={remove.pending}
                onClick={() => remove.run([slug, { discountCodeId: c.id }], () => router.refresh())}
              >
                <Trash2 aria-hidden />
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {remove.error ? <Alert tone="error">{remove.error}</Alert> : null}
      {canWrite ? (
        <form
          method="post"
          aria-label="New discount code"
          className="grid gap-3 rounded-md border p-3"
          onSubmit={(e) => {
            e.preventDefault();
            create.run(
              [
                slug,
                {
                  collaborationId,
                  code: code || null,
                  pattern: code ? null : pattern,
                  description: description || null,
                  cap: cap ? Number(cap) : null,
                },
              ],
              () => {
                setCode("");
                setDescription("");
                setCap("");
                router.refresh();
              },
            );
          }}
        >
          {create.error ? <Alert tone="error">{create.error}</Alert> : null}
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label="Code" hint="Leave empty to generate one from the pattern." error={create.fieldErrors.code}>
              <Input value={code} onChange={(e) => setCode(e.target.value)} placeholder="AVA15" autoCapitalize="characters" />
            </Field>
            <Field label="Pattern" hint="{NAME} is the influencer's first name, {HANDLE} the handle." error={create.fieldErrors.pattern}>
              <Input value={pattern} onChange={(e) => setPattern(e.target.value)} disabled={Boolean(code)} />
            </Field>
            <Field label="Discount" error={create.fieldErrors.description}>
              <Input value={description} onChange={(e) => setDescription(e.target.value)} placeholder="15% off the first order" />
            </Field>
            <Field label="Cap (uses, optional)" error={create.fieldErrors.cap}>
              <Input type="number" min={1} inputMode="numeric" value={cap} onChange={(e) => setCap(e.target.value)} />
            </Field>
          </div>
          <div>
            <Button size="sm" type="submit" disabled={create.pending}>
              Add code
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
