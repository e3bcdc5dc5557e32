// The country of a click. First choice: a header set by a proxy in front that knows it
// (GEO_COUNTRY_HEADER, e.g. cf-ipcountry behind Cloudflare) — trusted only because the operator
// named it. Otherwise an offline lookup of IPv4 addresses in the country table that
// @ip-location-db/geo-whois-asn-country ships (GeoFeed + WHOIS + ASN data, CC BY 4.0, © the Number
// Resource Organization, nro.net; attributed in the README). IPv6 addresses get no country.
// The table (~330,000 ranges) is read once, in the background, at the first click; until it is in
// memory lookups answer null rather than make a redirect wait.
import { readFile } from "node:fs/promises";
import path from "node:path";

const COUNTRY = /^[A-Z]{2}$/;
// Codes proxies use for "unknown" or "Tor", not countries.
const NOT_COUNTRIES = new Set(["XX", "T1", "ZZ", "A1", "A2", "O1"]);

export function countryFromHeader(headers: Pick<Headers, "get">, headerName: string | undefined): string | null {
  if (!headerName) return null;
  const v = headers.get(headerName)?.trim().toUpperCase();
  return v && COUNTRY.test(v) && !NOT_COUNTRIES.has(v) ? v : null;
}

type Table = { starts: Uint32Array; ends: Uint32Array; countries: Uint16Array };
let table: Table | null = null;
let loading: Promise<Table | null> | null = null;

export function ipv4ToNumber(ip: string): number | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return null;
  return ((parts[0]! << 24) >>> 0) + (parts[1]! << 16) + (parts[2]! << 8) + parts[3]!;
}

/** Parses the package's "start,end,CC" lines (numbers, sorted by start). */
export function parseCountryTable(csv: string): Table {
  const lines = csv.split("\n");
  const starts = new Uint32Array(lines.length);
  const ends = new Uint32Array(lines.length);
  const countries = new Uint16Array(lines.length);
  let n = 0;
  for (const line of lines) {
    const a = line.indexOf(",");
    const b = line.indexOf(",", a + 1);
    if (a < 0 || b < 0) continue;
    const cc = line.slice(b + 1, b + 3);
    if (!COUNTRY.test(cc)) continue;
    starts[n] = Number(line.slice(0, a));
    ends[n] = Number(line.slice(a + 1, b));
    countries[n] = (cc.charCodeAt(0) << 8) | cc.charCodeAt(1);
    n++;
  }
  return { starts: starts.subarray(0, n), ends: ends.subarray(0, n), countries: countries.subarray(0, n) };
}

/** Binary search of a loaded table; null outside every range. */
export function lookupIn(t: Table, ip: string): string | null {
  const n = ipv4ToNumber(ip);
  if (n === null) return null;
  let lo = 0;
  let hi = t.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (t.starts[mid]! > n) hi = mid - 1;
    else if (t.ends[mid]! < n) lo = mid + 1;
    else {
      const c = t.countries[mid]!;
      return String.fromCharCode(c >> 8, c & 0xff);
    }
  }
  return null;
}

/** Starts reading the table (once); resolves to it, or null when the package's file is missing. */
export function loadCountryTable(): Promise<Table | null> {
  loading ??= readFile(
    path.join(
      /*turbopackIgnore: true*/ process.cwd(),
      "node_modules/@ip-location-db/geo-whois-asn-country/geo-whois-asn-country-ipv4-num.csv",
    ),
    "utf8",
  )
    .then((csv) => (table = parseCountryTable(csv)))
    .catch(() => null);
  return loading;
}

/** The country of an IPv4 address from the offline table; null until it is loaded, for IPv6 and for unknown ranges. */
export function lookupCountry(ip: string): string | null {
  if (!table) {
    void loadCountryTable();
    return null;
  }
  return lookupIn(table, ip);
}
