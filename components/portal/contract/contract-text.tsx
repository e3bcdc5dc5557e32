// The frozen contract text: its numbered sections, as rendered when the version was sent, and the
// version's SHA-256 (the fingerprint the signatures and the audit trail carry).
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { RenderedSection } from "@/lib/contracts/render";

export function ContractText({ version, sha256, sections }: { version: number; sha256: string; sections: RenderedSection[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>The contract</CardTitle>
        <CardDescription>Version {version}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <ol className="grid gap-4">
          {sections.map((s) => (
            <li key={s.key} className="grid gap-1">
              <h3 className="text-sm font-semibold">
                {s.number}. {s.title}
              </h3>
              <p className="text-sm leading-relaxed whitespace-pre-line">{s.text}</p>
            </li>
          ))}
        </ol>
        <p className="border-t pt-3 text-xs break-all text-muted-foreground">
          Document fingerprint (SHA-256): <span className="font-mono">{sha256}</span>
        </p>
      </CardContent>
    </Card>
  );
}
