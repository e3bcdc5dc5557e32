// The plain page for an unusable portal link: the same words for unknown, expired and revoked links,
// so the page tells nothing about which it was, and carries no data. A failure on our side says so,
// with the ref of its log line (`message`), instead of blaming the link.
export function invalidLinkHtml(status: number, message?: string): string {
  const busy = status === 429;
  const ours = status >= 500;
  const title = busy ? "Too many requests" : ours ? "This page didn't load" : "This link is no longer valid";
  const text = busy
    ? "Please wait a minute and try again."
    : ours
      ? (message ?? "Something went wrong on our side. Please try again.")
      : "Ask the brand that sent it to you for a new link.";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer"><meta name="robots" content="noindex"><title>${title}</title>
<style>body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;font-family:system-ui,sans-serif;background:#f8fafc;color:#0f172a}main{max-width:28rem;margin:1rem;padding:1.5rem;border:1px solid #e2e8f0;border-radius:.5rem;background:#fff}h1{font-size:1.25rem;margin:0 0 .5rem}p{margin:0;color:#475569;font-size:.95rem;line-height:1.5}@media (prefers-color-scheme:dark){body{background:#0b1020;color:#e2e8f0}main{background:#111827;border-color:#1e293b}p{color:#94a3b8}}</style></head>
<body><main id="main"><h1>${title}</h1><p>${text}</p></main></body></html>`;
}
