// A thread of portal messages between the brand and the influencer.
//
// `when` is the time as the page shows it, formatted by the server page in a named zone: on the
// portal the list renders inside a client component, and formatting there would use the browser's
// zone, which differs from the server's for most influencers (React then finds other text than the
// server's when it hydrates, throws the page's HTML away and renders it again), and would make the
// page's first use of Intl, a long task on a phone.
export type ThreadMessage = {
  id: string;
  author: string;
  authorName?: string | null;
  body: string;
  /** ISO instant, for <time dateTime>. */
  createdAt: string;
  /** The instant as shown, e.g. "Jan 15, 2030, 3:30 PM UTC". */
  when: string;
};

export function MessageList({
  messages,
  selfAuthor,
  names,
  empty,
}: {
  messages: ThreadMessage[];
  selfAuthor: "brand" | "influencer";
  names: { brand: string; influencer: string };
  empty: string;
}) {
  if (!messages.length) return <p className="text-sm text-muted-foreground">{empty}</p>;
  return (
    <ol className="grid gap-2" aria-label="Messages">
      {messages.map((m) => {
        const mine = m.author === selfAuthor;
        return (
          <li key={m.id} className={mine ? "ml-6 rounded-md bg-secondary p-3 text-sm" : "mr-6 rounded-md border p-3 text-sm"}>
            <p className="mb-1 text-xs text-muted-foreground">
              {m.authorName ?? (m.author === "brand" ? names.brand : names.influencer)} · <time dateTime={m.createdAt}>{m.when}</time>
            </p>
            <p className="whitespace-pre-line">{m.body}</p>
          </li>
        );
      })}
    </ol>
  );
}
