// The caption with each finding's character span marked, so people see exactly what was flagged.
import { findingTitle, type Finding } from "@/lib/compliance";

export function HighlightedText({ text, findings }: { text: string; findings: Finding[] }) {
  const spans = findings
    .filter((f) => f.start !== undefined && f.end !== undefined && f.end > f.start)
    .map((f, i) => ({ start: f.start!, end: f.end!, severity: f.severity, n: i + 1, code: f.code }))
    .sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) continue; // overlapping spans: the first one wins
    if (s.start > pos) parts.push(text.slice(pos, s.start));
    parts.push(
      <mark
        key={`${s.start}-${s.code}`}
        title={findingTitle(s.code)}
        className={
          s.severity === "error"
            ? "rounded bg-destructive/15 px-0.5 text-foreground underline decoration-destructive decoration-wavy"
            : "rounded bg-warning/20 px-0.5 text-foreground"
        }
      >
        {text.slice(s.start, s.end)}
        <sup className="ml-0.5 text-[0.65rem] font-semibold">{s.n}</sup>
      </mark>,
    );
    pos = s.end;
  }
  parts.push(text.slice(pos));
  return (
    <div className="rounded-md border bg-muted/30 p-3 text-sm leading-relaxed break-words whitespace-pre-wrap">
      {text ? parts : <span className="text-muted-foreground">Your caption appears here with problems marked.</span>}
    </div>
  );
}
