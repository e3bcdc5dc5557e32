// A contract's audit trail: every event with its time in the workspace's time zone, who did it, from
// which IP, and the first characters of the document hash (the full hash on hover and for screen readers).
import type { AuditEntry } from "@/lib/contracts/audit";
import { formatDateTime } from "@/lib/time-zone";

const KIND_LABELS: Record<string, string> = {
  created: "Created",
  sent: "Sent for signature",
  viewed: "Opened",
  consent_given: "Agreed to sign electronically",
  signed: "Signed",
  countersigned: "Countersigned",
  declined: "Declined",
  changes_requested: "Asked for changes",
  voided: "Voided",
  completed: "Completed",
  downloaded: "Downloaded",
  code_sent: "Signing code emailed",
  code_verified: "Signing code entered",
  code_failed: "Wrong signing code entered",
};

const PARTY_LABELS: Record<string, string> = { influencer: "influencer", guardian: "guardian", brand: "brand" };

function who(e: AuditEntry): string {
  if (e.actor === "system") return "System";
  if (e.actor === "influencer") {
    const role = e.kind === "signed" && e.note ? (PARTY_LABELS[e.note] ?? "influencer") : "influencer";
    return e.actorName ? `${e.actorName} (${role})` : `The ${role}`;
  }
  return e.actorName ?? "A member";
}

export function AuditTrail({ events, timeZone }: { events: AuditEntry[]; timeZone: string }) {
  if (events.length === 0) return <p className="text-sm text-muted-foreground">Nothing has happened to this contract yet.</p>;
  return (
    <ol className="grid gap-3" aria-label="Audit trail">
      {events.map((e) => (
        <li key={e.id} className="grid gap-0.5 border-l-2 pl-3 text-sm">
          <div className="flex flex-wrap items-baseline justify-between gap-x-3">
            <span className="font-medium">
              {KIND_LABELS[e.kind] ?? e.kind}
              {e.version ? <span className="font-normal text-muted-foreground"> · v{e.version}</span> : null}
            </span>
            <time dateTime={e.at} className="text-xs text-muted-foreground">
              {formatDateTime(new Date(e.at), timeZone)}
            </time>
          </div>
          <p className="text-muted-foreground">
            {who(e)}
            {e.ip ? ` · IP ${e.ip}` : ""}
            {e.documentHash ? (
              <>
                {" · SHA-256 "}
                <abbr title={e.documentHash} className="font-mono no-underline">
                  {e.documentHash.slice(0, 12)}…
                </abbr>
                <span className="sr-only"> {e.documentHash}</span>
              </>
            ) : null}
          </p>
          {e.note && e.kind !== "signed" && e.kind !== "countersigned" ? <p className="text-muted-foreground italic">“{e.note}”</p> : null}
          {e.userAgent ? (
            <p className="truncate text-xs text-muted-foreground" title={e.userAgent}>
              {e.userAgent}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
