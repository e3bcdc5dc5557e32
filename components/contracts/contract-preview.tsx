"use client";

// The contract text as it will be sent: the terms rendered with the workspace's template, updated
// as the terms change. Uses the zod-free renderer.
import { useMemo } from "react";

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { NOT_AGREED, renderContract } from "@/lib/contracts/render";
import type { ContractTerms } from "@/lib/contracts/schema";
import type { ContractTemplateContent } from "@/lib/contracts/template";

export type PreviewTemplate = ContractTemplateContent;

/** Splits a text on NOT_AGREED so the gaps can be highlighted. */
function withGaps(text: string) {
  const parts = text.split(NOT_AGREED);
  return parts.flatMap((p, i) =>
    i === 0
      ? [p]
      : [
          <mark key={i} className="rounded bg-warning/20 px-0.5 text-foreground">
            {NOT_AGREED}
          </mark>,
          p,
        ],
  );
}

export function ContractPreview({ terms, template }: { terms: ContractTerms; template: PreviewTemplate }) {
  const sections = useMemo(() => renderContract(terms, template), [terms, template]);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Preview</CardTitle>
        <CardDescription>The text the influencer reads and signs, from the workspace&apos;s contract template.</CardDescription>
      </CardHeader>
      <CardContent>
        <details className="group" open>
          <summary className="cursor-pointer text-sm font-medium text-primary">Show or hide the contract text</summary>
          {/* A scrolling box is focusable so a keyboard user can scroll it (WCAG 2.1.1). */}
          <div
            role="region"
            aria-label="Contract text"
            tabIndex={0}
            className="mt-3 max-h-[36rem] overflow-y-auto rounded-md border bg-muted/30 p-4 text-sm focus-visible:outline-2 focus-visible:outline-ring"
          >
            <ol className="grid gap-4" data-testid="contract-preview">
              {sections.map((s) => (
                <li key={s.key} className="grid gap-1">
                  <h3 className="font-semibold">
                    {s.number}. {s.title}
                  </h3>
                  <p className="whitespace-pre-line">{withGaps(s.text)}</p>
                </li>
              ))}
            </ol>
          </div>
        </details>
      </CardContent>
    </Card>
  );
}
