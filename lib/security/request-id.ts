// Request ids: made by proxy.ts (crypto.randomUUID), or kept from a proxy in front when well formed —
// they end up in log lines and in messages shown to people, so nothing else is accepted.
export function isRequestId(value: string): boolean {
  return /^[A-Za-z0-9-]{8,64}$/.test(value);
}
