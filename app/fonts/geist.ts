// Geist Sans (Vercel, SIL Open Font License 1.1: OFL.txt), the variable font of the `geist` package cut
// in two with fontTools so that a page downloads only the letters it can show:
//   geist-latin.woff2      Basic Latin, Latin-1, general punctuation, €, ™, arrows, ≤ ≥ — preloaded;
//   geist-latin-ext.woff2  Latin Extended (ł, ő, ř, ș, …) — fetched only by a page that contains one.
// The whole font is 68 KiB, the Latin part 27 KiB. Each file keeps the default OpenType features plus
// tabular figures (`tabular-nums`). To rebuild from the package's Geist-Variable.woff2:
//   pyftsubset Geist-Variable.woff2 --unicodes=<the range below> --layout-features+=tnum --flavor=woff2 --output-file=<file>
// The unicode-range of each face tells the browser which file a character needs; tailwind.config.ts
// lists the Latin Extended face first so that its range is consulted before the Latin face's fallback.
import localFont from "next/font/local";

export const geist = localFont({
  src: "./geist-latin.woff2",
  variable: "--font-geist-sans",
  weight: "100 900",
  display: "swap",
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2190-2193, U+2212, U+2215, U+2264-2265, U+FEFF, U+FFFD",
    },
  ],
});

export const geistLatinExt = localFont({
  src: "./geist-latin-ext.woff2",
  variable: "--font-geist-sans-ext",
  weight: "100 900",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0100-02AF, U+0304, U+0308, U+0329, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF",
    },
  ],
});
