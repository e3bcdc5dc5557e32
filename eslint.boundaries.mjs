// The layering of the tree, as ESLint rules (eslint.config.mjs spreads BOUNDARY_CONFIGS) and as data
// for tests/unit/purity.test.ts. README "Layout" explains the rules in words.
//
//   lib/            never imports app/ or components/; only the command-line entry points (lib/cli)
//                   may import prisma/ (the seeds pull in every domain).
//   lib/db/         the Prisma client, embedded Postgres and migration runner: imports only itself,
//                   lib/env and packages — no domain.
//   app/            defines no zod schemas (they live next to their service in lib/<domain>), so it
//                   imports zod only as a type.
//   components/     imports from app/ only server actions (app/**/actions.ts, app/**/actions/*.ts,
//                   each starting with "use server").
//   pure modules    (PURE_MODULES) import only their own files, the pure packages and pure modules
//                   named in their entry; never "..", Prisma, Next or Node. A pure module may name
//                   `typeImports`: erased at compile time, so `import type` from the generated Prisma
//                   enums keeps a vocabulary checked against the schema without a runtime dependency.
//
// Specifiers are matched as written, so pure modules reach other modules through "@/lib/...", never
// through "../". A new pure module is one entry in PURE_MODULES.

/**
 * @typedef {object} PureModule
 * @property {string} path         directory or single file, from the repository root
 * @property {string[]} [files]    only these files of the directory are pure (names without ".ts")
 * @property {string[]} [imports]  allowed packages and "@/lib/..." pure modules
 * @property {string[]} [typeImports] allowed only as `import type`
 */

/** @type {readonly PureModule[]} */
export const PURE_MODULES = [
  { path: "lib/vocabulary", typeImports: ["@/lib/db/generated/enums"] },
  { path: "lib/metrics", imports: ["@/lib/intl-cache"] },
  { path: "lib/compliance", imports: ["zod", "@/lib/vocabulary"] },
  { path: "lib/briefs", imports: ["zod", "@/lib/vocabulary"] },
  {
    path: "lib/contracts",
    files: [
      "check",
      "hash",
      "index",
      "list-cursor",
      "merge-fields",
      "money-input",
      "payment-state",
      "pdf-layout",
      "render",
      "schedule",
      "schema",
      "seeding-schemas",
      "template",
      "usage-rights",
      "usage-rights-labels",
    ],
    imports: ["zod", "@/lib/metrics", "@/lib/vocabulary", "@/lib/time-zone"],
  },
  { path: "lib/vetting", imports: ["@/lib/metrics", "@/lib/vocabulary"] },
  { path: "lib/influencers/import", imports: ["papaparse", "@/lib/csv", "@/lib/vocabulary"] },
  {
    path: "lib/outreach",
    files: ["due-by", "follow-up-draft", "footer", "index", "lint", "lint-schema", "merge-fields", "rules", "stages", "text"],
    imports: ["zod", "@/lib/time-zone"],
  },
  { path: "lib/collaborations/status.ts" },
  { path: "lib/campaigns/compensation.ts" },
  { path: "lib/portal/check-draft.ts", imports: ["@/lib/compliance", "@/lib/vocabulary"] },
  { path: "lib/csv.ts" },
  { path: "lib/tracking", files: ["bots", "destination", "redirect-state", "referrer", "utm"], imports: ["isbot"] },
  { path: "lib/field-errors.ts" },
  { path: "lib/storage", files: ["kinds", "range", "view"] },
  { path: "lib/portal/media-rules.ts", typeImports: ["@/lib/storage/kinds"] },
  { path: "lib/time-zone.ts", imports: ["@/lib/intl-cache"] },
  { path: "lib/intl-cache.ts" },
  { path: "lib/campaigns/activation.ts" },
  { path: "lib/collaborations/invite-expiry.ts", imports: ["@/lib/time-zone"] },
  { path: "lib/connectors", files: ["errors", "instagram", "registry", "schedule", "types", "youtube"], imports: ["@/lib/metrics"] },
  { path: "lib/billing", files: ["payout-notice", "payout-state"], imports: ["@/lib/metrics", "@/lib/time-zone"] },
  { path: "lib/posts", files: ["url", "import-rows"], imports: ["@/lib/influencers/import", "@/lib/metrics", "@/lib/vocabulary"] },
];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const oneOf = (list) => `(${list.map(escape).join("|")})`;

/** Files (globs) a pure module covers. */
export function pureModuleFiles(m) {
  if (m.path.endsWith(".ts")) return [m.path];
  if (m.files) return m.files.map((f) => `${m.path}/${f}.ts`);
  return [`${m.path}/**/*.{ts,tsx}`];
}

const LIB_PATTERNS = [
  {
    regex: "^(@/|(\\.\\./)+)(app|components)(/|$)",
    message: "lib/ never imports app/ or components/: move the shared code into lib/.",
  },
];
const LIB_NO_SEEDS = {
  regex: "^(@/|(\\.\\./)+)prisma(/|$)",
  message: "Only lib/cli may import prisma/ (the seeds import every domain); the entry point seeds.",
};
const DB_PATTERNS = [
  {
    regex: "^(@/(?!lib/(db|env|log)(/|$))|\\.\\./(?!(env|log)$))",
    message: "lib/db imports no domain: only lib/db itself, lib/env, lib/log and packages. Let the caller do the rest.",
  },
];
const APP_PATTERNS = [
  {
    regex: "^zod(/|$)",
    allowTypeImports: true,
    message: "app/ defines no schemas: put it in lib/<domain>/schemas.ts or its service file and import it (README Layout).",
  },
];
const COMPONENT_PATTERNS = [
  {
    regex: "^(@/app/(?!(.+/)?actions(/[^/]+)?$)|(\\.\\./)+app(/|$))",
    message: 'components/ import only server actions from app/ (app/**/actions.ts or app/**/actions/*.ts, "use server").',
  },
];
/**
 * next/link prefetches every link as it scrolls into view: a campaign page fetched 10 routes in 20
 * requests per view, each a server render, and parsed the answers on the phone's main thread.
 * Links go through IntentLink, which prefetches on pointer, touch or focus (README "Development notes").
 */
const NEXT_LINK = {
  regex: "^next/link$",
  importNames: ["default"],
  message: "Use IntentLink from @/components/ui/intent-link: next/link prefetches every link in view (README Development notes).",
};

function purePatterns(m) {
  const allowed = [...(m.imports ?? []), m.path.endsWith(".ts") ? [] : [`@/${m.path}`]].flat();
  const packages = allowed.filter((s) => !s.startsWith("@/"));
  const aliases = allowed.filter((s) => s.startsWith("@/"));
  const types = m.typeImports ?? [];
  const why = `${m.path} is pure (eslint.boundaries.mjs PURE_MODULES)`;
  const patterns = [
    { regex: "(^|/)\\.\\.(/|$)", message: `${why}: no "..": import other pure modules as "@/lib/...".` },
    {
      regex: `^(?!\\.|@/)${packages.length ? `(?!${oneOf(packages)}(/|$))` : ""}`,
      message: `${why}: only the packages ${packages.join(", ") || "(none)"}; no Prisma, Next or Node.`,
    },
    {
      regex: `^@/${[...aliases, ...types].length ? `(?!${oneOf([...aliases, ...types].map((a) => a.slice(2)))}(/|$))` : ""}`,
      message: `${why}: it may import only ${aliases.join(", ") || "its own files"}.`,
    },
  ];
  if (m.path.endsWith(".ts")) {
    patterns.push({ regex: "^\\./", message: `${why}: a single-file module imports no siblings.` });
  } else if (m.files) {
    patterns.push({ regex: `^\\./(?!${oneOf(m.files)}$)`, message: `${why}: only its pure files ${m.files.join(", ")}.` });
  }
  if (types.length) {
    patterns.push({
      regex: `^${oneOf(types)}$`,
      allowTypeImports: true,
      message: `${why}: only \`import type\` from ${types.join(", ")}.`,
    });
  }
  return patterns;
}

/**
 * The patterns for static imports and re-exports, and the same patterns for `import("...")`, which
 * no-restricted-imports does not see (esquery regexes can't contain "/", hence \u002F).
 */
const rule = (patterns) => ({
  "@typescript-eslint/no-restricted-imports": ["error", { patterns: patterns.map((p) => ({ ...p, caseSensitive: true })) }],
  "no-restricted-syntax": [
    "error",
    ...patterns.map((p) => ({
      selector: `ImportExpression[source.value=/${p.regex.replaceAll("/", "\\u002F")}/]`,
      message: p.message,
    })),
  ],
});

/**
 * Flat-config blocks, general first: a later block replaces the rule's options for the files it
 * matches, so each specific block repeats the general patterns it still needs.
 */
export const BOUNDARY_CONFIGS = [
  { files: ["lib/**/*.{ts,tsx,mts}"], ignores: ["lib/cli/**"], rules: rule([...LIB_PATTERNS, LIB_NO_SEEDS]) },
  { files: ["lib/cli/**/*.{ts,mts}"], rules: rule(LIB_PATTERNS) },
  { files: ["lib/db/**/*.ts"], rules: rule([...LIB_PATTERNS, LIB_NO_SEEDS, ...DB_PATTERNS]) },
  { files: ["app/**/*.{ts,tsx}"], rules: rule([...APP_PATTERNS, NEXT_LINK]) },
  { files: ["components/**/*.{ts,tsx}"], rules: rule([...COMPONENT_PATTERNS, NEXT_LINK]) },
  // The one place next/link is wrapped.
  { files: ["components/ui/intent-link.tsx"], rules: rule(COMPONENT_PATTERNS) },
  ...PURE_MODULES.map((m) => ({ files: pureModuleFiles(m), rules: rule([...LIB_PATTERNS, LIB_NO_SEEDS, ...purePatterns(m)]) })),
];
