// The how-to of the public API shown on /docs/api above the generated reference, and the webhook
// verification snippet shared with the README ("Outbound webhooks"): a test runs the snippet against
// real signed deliveries and checks the README carries the same text.

/** Node receiver check of a Standard Webhooks delivery, as the README prints it. */
export const VERIFY_WEBHOOK_SNIPPET = `import { createHmac, timingSafeEqual } from "node:crypto";

/** True when the request is a genuine delivery from the last 5 minutes. \`body\` is the raw text. */
export function verifyWebhook(secret, headers, body) {
  const id = headers["webhook-id"];
  const timestamp = headers["webhook-timestamp"];
  if (!id || !timestamp || Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const expected = createHmac("sha256", key).update(\`\${id}.\${timestamp}.\${body}\`).digest();
  return (headers["webhook-signature"] ?? "").split(" ").some((part) => {
    const [version, signature] = part.split(",");
    const given = Buffer.from(signature ?? "", "base64");
    return version === "v1" && given.length === expected.length && timingSafeEqual(given, expected);
  });
}`;

export type GuideSection = { id: string; title: string; paragraphs: string[]; code?: string };

export const API_GUIDE: GuideSection[] = [
  {
    id: "create-a-key",
    title: "Create a key",
    paragraphs: [
      "In your workspace, Settings → API keys (owners and admins): give the key a name, pick its scopes (read or write per area) and an expiry. The key is shown once — copy it then; only a hash is stored. A key never does more than its creator's role allows, and stops working if it is revoked, expires, or its creator leaves the workspace.",
    ],
  },
  {
    id: "authenticate",
    title: "Authenticate",
    paragraphs: [
      "Send the key as `Authorization: Bearer mc_live_…` on every request. A missing, malformed, revoked or expired key gets `401`; a key without the operation's scope `403`; an id of another workspace `404`, the same as one that does not exist.",
    ],
    code: `curl https://your-app.example/api/v1/campaigns \\
  -H "Authorization: Bearer mc_live_…"`,
  },
  {
    id: "paging",
    title: "Page through results",
    paragraphs: [
      'Every list answers `{ "data": [...], "nextCursor": "…" }`. Pass `nextCursor` back as `?cursor=` (with the same filters) until it is `null`; `limit` sets the page size (1–200, default 50; contracts come 25 a page). Cursors are opaque and stable: rows added meanwhile never repeat or skip a row. A cursor that was not given out is a `400` naming the `cursor` field.',
    ],
    code: `cursor=""
while :; do
  page=$(curl -s "https://your-app.example/api/v1/campaigns?limit=100\${cursor:+&cursor=$cursor}" \\
    -H "Authorization: Bearer $KEY")
  echo "$page" | jq -c '.data[]'
  cursor=$(echo "$page" | jq -r '.nextCursor // empty')
  [ -z "$cursor" ] && break
done`,
  },
  {
    id: "idempotency",
    title: "Retry safely with Idempotency-Key",
    paragraphs: [
      "Every POST honours an `Idempotency-Key` header (1–255 visible ASCII characters), per API key, for 24 hours: the same key with the same method, path and body gets the stored answer again (with `Idempotent-Replayed: true`); the same key with a different request gets `422`; while the first is still running, `409`. Server errors are not stored, so retry them with the same key.",
    ],
    code: `curl -X POST https://your-app.example/api/v1/conversions \\
  -H "Authorization: Bearer $KEY" -H "Content-Type: application/json" \\
  -H "Idempotency-Key: order-10023" \\
  -d '{"orderId":"10023","orderedAt":"2026-11-02T10:15:00Z","currency":"EUR","amountMinor":4990,"discountCodes":["AVA15"]}'`,
  },
  {
    id: "errors",
    title: "Errors",
    paragraphs: [
      'Every error has one shape: `{ "error": { "code": "BAD_REQUEST", "message": "…", "fields": { "cursor": ["…"] } } }` — `fields` only for invalid input. Codes: `BAD_REQUEST` (400), `UNAUTHORIZED` (401), `FORBIDDEN` (403), `NOT_FOUND` (404), `CONFLICT` (409), `PAYLOAD_TOO_LARGE` (413: bodies over 256 KB, 2 MB for the disclosure check), `UNSUPPORTED_MEDIA_TYPE` (415: send `Content-Type: application/json`), `UNPROCESSABLE` (422), `RATE_LIMITED` (429, with `Retry-After`; 600 requests per key per minute), `INTERNAL` (500, with a reference to quote).',
    ],
  },
  {
    id: "money",
    title: "Times and money",
    paragraphs: [
      'Times are ISO 8601 in UTC. Money is integer minor units beside its currency — `budgetMinor`, `feeMinor`, `amountMinor`, and in the campaign report `{ "minor": 513, "currency": "USD" }` for cost, revenue, CPM, CPE, CPC and CPA. A figure not reported is `null`, never `0`.',
    ],
  },
  {
    id: "webhooks",
    title: "Verify a webhook signature",
    paragraphs: [
      'Settings → Webhooks sends signed events in the Standard Webhooks format: headers `webhook-id` (de-duplicate on it), `webhook-timestamp` (Unix seconds) and `webhook-signature: v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<raw body>">`, keyed with the base64-decoded part of your `whsec_…` secret. Check the raw body before parsing it, and accept the delivery when any one of the space-separated signatures matches: after you rotate a secret, deliveries carry a signature with the new secret and, for 24 hours, one with the old secret too, so your receiver can switch without missing one. The `standardwebhooks` package does the same: `new Webhook(secret).verify(body, headers)`.',
    ],
    code: VERIFY_WEBHOOK_SNIPPET,
  },
];
