// Frozen versions of a contract, newest first, each with its SHA-256 fingerprint.
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDateTime } from "@/lib/time-zone";

export type VersionRow = { version: number; sha256: string; createdAt: string; supersededAt: string | null };

const when = (iso: string) => formatDateTime(new Date(iso), "UTC") + " UTC";

export function VersionHistory({ versions }: { versions: VersionRow[] }) {
  return (
    <Card data-testid="contract-versions">
      <CardHeader>
        <CardTitle>Versions</CardTitle>
        <CardDescription>
          {versions.length === 0
            ? "A version is frozen each time the contract is sent."
            : "Each sent version is frozen with its SHA-256 fingerprint."}
        </CardDescription>
      </CardHeader>
      {versions.length > 0 ? (
        <CardContent>
          <ol className="grid gap-3 text-sm">
            {versions.map((v) => (
              <li key={v.version} className="grid gap-1">
                <span className="flex flex-wrap items-center gap-2">
                  <strong>Version {v.version}</strong>
                  {v.supersededAt ? <Badge variant="outline">Superseded</Badge> : <Badge variant="success">Current</Badge>}
                  <span className="text-xs text-muted-foreground">
                    sent <time dateTime={v.createdAt}>{when(v.createdAt)}</time>
                  </span>
                </span>
                <code className="block overflow-x-auto rounded bg-muted px-2 py-1 font-mono text-xs break-all" title="SHA-256">
                  {v.sha256}
                </code>
              </li>
            ))}
          </ol>
        </CardContent>
      ) : null}
    </Card>
  );
}
