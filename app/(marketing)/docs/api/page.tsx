// The public API's reference, rendered on the server from /api/v1/openapi.json's document (no
// client script: the CSP allows none from elsewhere, and none is needed to read).
import type { Metadata } from "next";

import { ApiGuide, Prose } from "@/components/api-docs/api-guide";
import { SchemaFields, type Components } from "@/components/api-docs/schema-fields";
import { IntentLink } from "@/components/ui/intent-link";
import { openApiDocument } from "@/lib/api/v1/openapi";

export const metadata: Metadata = { title: "API reference" };

type Op = {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: object }[];
  requestBody?: { description?: string; content?: Record<string, { schema?: object }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: object }> }>;
};

const CURL = `curl https://your-app.example/api/v1/influencers?tier=micro&limit=20 \\
  -H "Authorization: Bearer mc_live_…"

curl -X POST https://your-app.example/api/v1/conversions \\
  -H "Authorization: Bearer mc_live_…" \\
  -H "Content-Type: application/json" \\
  -H "Idempotency-Key: order-10023" \\
  -d '{"orderId":"10023","orderedAt":"2026-11-02T10:15:00Z","currency":"EUR","amountMinor":4990,"discountCodes":["AVA15"]}'`;

export default function ApiReferencePage() {
  const doc = openApiDocument();
  const components = (doc.components?.schemas ?? {}) as Components;
  const ops = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Op>).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  );
  const tags = [...new Set(ops.map((o) => o.op.tags?.[0] ?? "Other"))];
  return (
    <main className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="text-2xl font-semibold tracking-tight">{doc.info.title}</h1>
      <p className="mt-1 text-sm text-muted-foreground">
        Version {doc.info.version} · machine-readable:{" "}
        <a className="underline underline-offset-2" href="/api/v1/openapi.json">
          /api/v1/openapi.json
        </a>{" "}
        (OpenAPI 3.1)
      </p>
      <section className="mt-6 grid gap-3 text-sm">
        {(doc.info.description ?? "").split("\n\n").map((para) => (
          <p key={para}>
            <Prose text={para} />
          </p>
        ))}
        <p>
          Create a key in your workspace under Settings → API keys (owners and admins). Scopes are read or write per area; a key never does
          more than its creator&apos;s role allows, and stops working if its creator leaves the workspace.
        </p>
        <pre
          className="overflow-x-auto rounded-md bg-muted p-3 font-mono text-xs"
          tabIndex={0}
          role="region"
          aria-label="Example request with curl"
        >
          {CURL}
        </pre>
      </section>
      <ApiGuide />
      <nav aria-label="Operations" className="mt-8 grid gap-1 text-sm">
        {tags.map((tag) => (
          <div key={tag}>
            <strong>{tag}</strong>:{" "}
            {ops
              .filter((o) => (o.op.tags?.[0] ?? "Other") === tag)
              .map((o, i) => (
                <span key={o.op.operationId}>
                  {i > 0 ? " · " : ""}
                  <IntentLink className="underline underline-offset-2" href={`#${o.op.operationId}`}>
                    {o.op.summary}
                  </IntentLink>
                </span>
              ))}
          </div>
        ))}
      </nav>
      {tags.map((tag) => (
        <section key={tag} className="mt-10">
          <h2 className="text-xl font-semibold">{tag}</h2>
          {ops
            .filter((o) => (o.op.tags?.[0] ?? "Other") === tag)
            .map(({ path, method, op }) => {
              const body = op.requestBody?.content?.["application/json"]?.schema;
              const [status, ok] = Object.entries(op.responses ?? {})[0] ?? [];
              const okSchema = ok?.content?.["application/json"]?.schema;
              return (
                <article key={op.operationId} id={op.operationId} className="mt-6 scroll-mt-6 rounded-md border p-4">
                  <h3 className="flex flex-wrap items-baseline gap-2">
                    <span className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs font-semibold">{method}</span>
                    <code className="font-mono text-sm break-all">{path}</code>
                  </h3>
                  <p className="mt-1 font-medium">{op.summary}</p>
                  {op.description
                    ? op.description.split("\n\n").map((d) => (
                        <p key={d} className="mt-1 text-sm text-muted-foreground">
                          <Prose text={d} />
                        </p>
                      ))
                    : null}
                  {op.parameters?.length ? (
                    <div className="mt-3">
                      <h4 className="text-sm font-semibold">Parameters</h4>
                      <ul className="mt-1 grid gap-1 text-sm">
                        {op.parameters.map((p) => (
                          <li key={`${p.in}-${p.name}`}>
                            <code className="font-mono text-xs font-semibold">{p.name}</code>{" "}
                            <span className="text-xs text-muted-foreground">
                              in {p.in}
                              {p.required ? ", required" : ""}
                            </span>
                            {p.description ? <span className="block text-muted-foreground">{p.description}</span> : null}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                  {body ? (
                    <div className="mt-3">
                      <h4 className="text-sm font-semibold">Body {op.requestBody?.description ? `(${op.requestBody.description})` : ""}</h4>
                      <div className="mt-1">
                        <SchemaFields schema={body} components={components} />
                      </div>
                    </div>
                  ) : null}
                  <div className="mt-3">
                    <h4 className="text-sm font-semibold">
                      {status} {ok?.description}
                    </h4>
                    {okSchema ? (
                      <div className="mt-1">
                        <SchemaFields schema={okSchema} components={components} />
                      </div>
                    ) : null}
                  </div>
                </article>
              );
            })}
        </section>
      ))}
    </main>
  );
}
