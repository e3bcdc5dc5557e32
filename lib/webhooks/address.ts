// Which IP addresses an outbound webhook may reach (SSRF, README "Outbound webhooks"). Public unicast
// only: loopback, private, shared (CGNAT), link-local (with the cloud metadata address
// 169.254.169.254), "this network", documentation, benchmarking, multicast and reserved ranges are
// refused, in IPv4 and IPv6 alike. IPv6 forms that carry an IPv4 address (IPv4-mapped ::ffff:0:0/96,
// IPv4-compatible ::/96) are refused outright; NAT64 (64:ff9b::/96) and 6to4 (2002::/16) are judged
// by the IPv4 address they embed.
import { isIP } from "node:net";

export type AddressVerdict = { ok: true } | { ok: false; reason: string };

type V4Range = [base: number, bits: number, reason: string];

const ip4 = (a: number, b: number, c: number, d: number) => ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;

const V4_REFUSED: V4Range[] = [
  [ip4(0, 0, 0, 0), 8, 'a "this network" address (0.0.0.0/8)'],
  [ip4(10, 0, 0, 0), 8, "a private address (10.0.0.0/8)"],
  [ip4(100, 64, 0, 0), 10, "a shared (carrier-grade NAT) address (100.64.0.0/10)"],
  [ip4(127, 0, 0, 0), 8, "a loopback address (127.0.0.0/8)"],
  [ip4(169, 254, 0, 0), 16, "a link-local address (169.254.0.0/16, where cloud metadata lives)"],
  [ip4(172, 16, 0, 0), 12, "a private address (172.16.0.0/12)"],
  [ip4(192, 0, 0, 0), 24, "an IETF protocol address (192.0.0.0/24)"],
  [ip4(192, 0, 2, 0), 24, "a documentation address (192.0.2.0/24)"],
  [ip4(192, 88, 99, 0), 24, "a 6to4 relay address (192.88.99.0/24)"],
  [ip4(192, 168, 0, 0), 16, "a private address (192.168.0.0/16)"],
  [ip4(198, 18, 0, 0), 15, "a benchmarking address (198.18.0.0/15)"],
  [ip4(198, 51, 100, 0), 24, "a documentation address (198.51.100.0/24)"],
  [ip4(203, 0, 113, 0), 24, "a documentation address (203.0.113.0/24)"],
  [ip4(224, 0, 0, 0), 4, "a multicast address (224.0.0.0/4)"],
  [ip4(240, 0, 0, 0), 4, "a reserved or broadcast address (240.0.0.0/4)"],
];

function parseV4(text: string): number | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const n = parts.map(Number);
  if (n.some((x, i) => !/^\d{1,3}$/.test(parts[i]!) || x > 255)) return null;
  return ip4(n[0]!, n[1]!, n[2]!, n[3]!);
}

function inV4(addr: number, base: number, bits: number): boolean {
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return (addr & mask) >>> 0 === (base & mask) >>> 0;
}

function judgeV4(addr: number): AddressVerdict {
  for (const [base, bits, reason] of V4_REFUSED) if (inV4(addr, base, bits)) return { ok: false, reason };
  return { ok: true };
}

/** The eight 16-bit groups of an IPv6 address (a trailing dotted IPv4 part read as two groups); null when malformed. */
function parseV6(text: string): number[] | null {
  let s = text.toLowerCase().replace(/%.*$/, "");
  const lastColon = s.lastIndexOf(":");
  const last = s.slice(lastColon + 1);
  if (last.includes(".")) {
    const v4 = parseV4(last);
    if (v4 === null) return null;
    s = `${s.slice(0, lastColon + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = s.split("::");
  if (halves.length > 2) return null;
  const read = (h: string) => (h === "" ? [] : h.split(":").map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN)));
  const head = read(halves[0]!);
  const rest = halves.length === 2 ? read(halves[1]!) : [];
  if (head.some(Number.isNaN) || rest.some(Number.isNaN)) return null;
  const known = head.length + rest.length;
  if (halves.length === 1 ? known !== 8 : known > 7) return null;
  return [...head, ...Array<number>(8 - known).fill(0), ...rest];
}

function judgeV6(g: number[]): AddressVerdict {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = g as [number, number, number, number, number, number, number, number];
  const embedded = ((g6 << 16) >>> 0) + g7;
  const zeroTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroTo(7) && g7 === 0) return { ok: false, reason: "the unspecified address (::)" };
  if (zeroTo(7) && g7 === 1) return { ok: false, reason: "the IPv6 loopback address (::1)" };
  if (zeroTo(5) && g5 === 0xffff) return { ok: false, reason: "an IPv4-mapped IPv6 address (::ffff:0:0/96)" };
  if (zeroTo(6)) return { ok: false, reason: "an IPv4-compatible IPv6 address (::/96)" };
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    const v = judgeV4(embedded);
    return v.ok ? v : { ok: false, reason: `a NAT64 address of ${v.reason}` };
  }
  if (g0 === 0x2002) {
    const v = judgeV4(((g1 << 16) >>> 0) + g2);
    return v.ok ? v : { ok: false, reason: `a 6to4 address of ${v.reason}` };
  }
  if ((g0 & 0xfe00) === 0xfc00) return { ok: false, reason: "a unique local IPv6 address (fc00::/7)" };
  if ((g0 & 0xffc0) === 0xfe80) return { ok: false, reason: "a link-local IPv6 address (fe80::/10)" };
  if ((g0 & 0xffc0) === 0xfec0) return { ok: false, reason: "a site-local IPv6 address (fec0::/10)" };
  if ((g0 & 0xff00) === 0xff00) return { ok: false, reason: "a multicast IPv6 address (ff00::/8)" };
  if (g0 === 0x2001 && g1 === 0x0db8) return { ok: false, reason: "a documentation IPv6 address (2001:db8::/32)" };
  if (g0 === 0x0100 && g1 === 0 && g2 === 0 && g3 === 0) return { ok: false, reason: "a discard-only IPv6 address (100::/64)" };
  return { ok: true };
}

/** Whether a webhook may be sent to `address` (an IP literal; anything else is refused). */
export function classifyAddress(address: string): AddressVerdict {
  const family = isIP(address.replace(/%.*$/, ""));
  if (family === 4) return judgeV4(parseV4(address)!);
  if (family === 6) {
    const groups = parseV6(address);
    return groups ? judgeV6(groups) : { ok: false, reason: "a malformed IPv6 address" };
  }
  return { ok: false, reason: "not an IP address" };
}

/** True for 127.0.0.0/8 and ::1: what WEBHOOKS_ALLOW_PRIVATE lets through outside production. */
export function isLoopback(address: string): boolean {
  if (isIP(address) === 4) return inV4(parseV4(address)!, ip4(127, 0, 0, 0), 8);
  const g = isIP(address) === 6 ? parseV6(address) : null;
  return !!g && g.slice(0, 7).every((x) => x === 0) && g[7] === 1;
}
