// A thread of portal messages between the brand and the influencer.
export type ThreadMessage = { id: string; author: string; authorName?: string | null; body: string; createdAt: string };

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
              {m.authorName ?? (m.author === "brand" ? names.brand : names.influencer)} ·{" "}
              <time dateTime={m.createdAt}>
                {new Date(m.createdAt).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" })}
              </time>
            </p>
            <p className="whitespace-pre-line">{m.body}</p>
          </li>
        );
      })}
    </ol>
  );
}
