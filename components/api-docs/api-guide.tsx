// The how-to above the API reference (lib/api/v1/guide.ts): keys, authentication, paging,
// idempotency, errors, money, and verifying a webhook signature. Server-rendered, no client script.
import { API_GUIDE } from "@/lib/api/v1/guide";

/** Text with `code` spans (the guide's paragraphs and the reference's descriptions alike). */
export function Prose({ text }: { text: string }) {
  return (
    <>
      {text.split("`").map((part, i) =>
        i % 2 === 1 ? (
          <code key={i} className="rounded bg-muted px-1 font-mono text-xs">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}

export function ApiGuide() {
  return (
    <section aria-labelledby="guide" className="mt-8 grid gap-6 text-sm">
      <h2 id="guide" className="text-xl font-semibold">
        Getting started
      </h2>
      {API_GUIDE.map((s) => (
        <div key={s.id} id={s.id} className="grid scroll-mt-6 gap-2">
          <h3 className="text-base font-semibold">{s.title}</h3>
          {s.paragraphs.map((p) => (
            <p key={p}>
              <Prose text={p} />
            </p>
          ))}
          {s.code ? (
            // Focusable so a keyboard can scroll a long line (axe scrollable-region-focusable on a phone).
            <pre tabIndex={0} aria-label={`${s.title}: example`} className="overflow-x-auto rounded-md bg-muted p-3 font-mono text-xs">
              {s.code}
            </pre>
          ) : null}
        </div>
      ))}
    </section>
  );
}
