/**
 * Country recognition for imports: "US", "USA", "United States", "UK", "Deutschland",
 * "Austin, TX, USA" → ISO 3166-1 alpha-2 codes, for the ~60 countries most rosters use.
 */

/** [alpha-2, alpha-3, names and common spellings…]. UK, England, Scotland, Wales → GB. */
const COUNTRIES: readonly (readonly [string, string, ...string[]])[] = [
  ["US", "USA", "united states", "united states of america", "america", "u.s.", "u.s.a."],
  ["GB", "GBR", "united kingdom", "uk", "u.k.", "great britain", "britain", "england", "scotland", "wales", "northern ireland"],
  ["CA", "CAN", "canada"],
  ["AU", "AUS", "australia"],
  ["NZ", "NZL", "new zealand"],
  ["IE", "IRL", "ireland", "republic of ireland"],
  ["DE", "DEU", "germany", "deutschland"],
  ["FR", "FRA", "france"],
  ["ES", "ESP", "spain", "españa"],
  ["IT", "ITA", "italy", "italia"],
  ["PT", "PRT", "portugal"],
  ["NL", "NLD", "netherlands", "the netherlands", "holland"],
  ["BE", "BEL", "belgium"],
  ["LU", "LUX", "luxembourg"],
  ["CH", "CHE", "switzerland", "schweiz", "suisse"],
  ["AT", "AUT", "austria", "österreich"],
  ["SE", "SWE", "sweden"],
  ["NO", "NOR", "norway"],
  ["DK", "DNK", "denmark"],
  ["FI", "FIN", "finland"],
  ["IS", "ISL", "iceland"],
  ["PL", "POL", "poland", "polska"],
  ["CZ", "CZE", "czech republic", "czechia"],
  ["SK", "SVK", "slovakia"],
  ["HU", "HUN", "hungary"],
  ["RO", "ROU", "romania"],
  ["BG", "BGR", "bulgaria"],
  ["GR", "GRC", "greece"],
  ["HR", "HRV", "croatia"],
  ["RS", "SRB", "serbia"],
  ["SI", "SVN", "slovenia"],
  ["UA", "UKR", "ukraine"],
  ["TR", "TUR", "turkey", "türkiye"],
  ["RU", "RUS", "russia", "russian federation"],
  ["IL", "ISR", "israel"],
  ["AE", "ARE", "united arab emirates", "uae", "u.a.e."],
  ["SA", "SAU", "saudi arabia"],
  ["EG", "EGY", "egypt"],
  ["MA", "MAR", "morocco"],
  ["NG", "NGA", "nigeria"],
  ["KE", "KEN", "kenya"],
  ["ZA", "ZAF", "south africa"],
  ["IN", "IND", "india"],
  ["PK", "PAK", "pakistan"],
  ["BD", "BGD", "bangladesh"],
  ["LK", "LKA", "sri lanka"],
  ["CN", "CHN", "china"],
  ["HK", "HKG", "hong kong"],
  ["TW", "TWN", "taiwan"],
  ["JP", "JPN", "japan"],
  ["KR", "KOR", "south korea", "korea", "republic of korea"],
  ["SG", "SGP", "singapore"],
  ["MY", "MYS", "malaysia"],
  ["TH", "THA", "thailand"],
  ["VN", "VNM", "vietnam", "viet nam"],
  ["PH", "PHL", "philippines", "the philippines"],
  ["ID", "IDN", "indonesia"],
  ["MX", "MEX", "mexico", "méxico"],
  ["BR", "BRA", "brazil", "brasil"],
  ["AR", "ARG", "argentina"],
  ["CL", "CHL", "chile"],
  ["CO", "COL", "colombia"],
  ["PE", "PER", "peru"],
];

/** Lower case, accents and dots removed, inner whitespace collapsed. */
function countryKey(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\./g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const BY_ALPHA2 = new Map(COUNTRIES.map(([alpha2]) => [countryKey(alpha2), alpha2] as const));
/** Names and alpha-3 codes: safe to match inside a "City, Region, Country" location. */
const BY_NAME = new Map(
  COUNTRIES.flatMap(([alpha2, alpha3, ...names]) => [alpha3, ...names].map((name) => [countryKey(name), alpha2] as const)),
);

/** The alpha-2 codes this module recognises. */
export const KNOWN_COUNTRY_CODES: readonly string[] = COUNTRIES.map(([alpha2]) => alpha2);

/**
 * ISO 3166-1 alpha-2 code for a country cell, or null when not recognised (or empty).
 *
 * Whole cell first: an alpha-2 code ("de"), an alpha-3 code ("DEU"), or a name ("Germany",
 * "Deutschland"); "UK" → "GB". Then, for locations such as "Austin, TX, USA" or "Berlin / Germany",
 * the last and the first comma-, slash- or pipe-separated part, but only as a name or alpha-3 code:
 * a trailing two-letter part is usually a US state or Canadian province ("Denver, CO" is not
 * Colombia), so it is never read as a country code.
 */
export function parseCountry(value: string | null | undefined): string | null {
  if (value == null) return null;
  const key = countryKey(value);
  if (key === "") return null;
  const whole = BY_ALPHA2.get(key) ?? BY_NAME.get(key);
  if (whole) return whole;
  const parts = key
    .split(/[,/|]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  if (parts.length < 2) return null;
  return BY_NAME.get(parts[parts.length - 1] ?? "") ?? BY_NAME.get(parts[0] ?? "") ?? null;
}
