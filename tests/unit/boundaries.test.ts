import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

import { PURE_MODULES } from "../../eslint.boundaries.mjs";
import { ROOT } from "../fixtures/assert-pure";

// The layering rules of eslint.boundaries.mjs, proven on samples: each rule rejects a violating
// import (static, re-export and dynamic) and accepts a clean one, through the real eslint.config.mjs.
const BOUNDARY_RULES = new Set(["@typescript-eslint/no-restricted-imports", "no-restricted-syntax"]);
let eslint: ESLint;

// Loading the config and its plugins takes seconds on a busy machine; do it once, before the cases.
beforeAll(async () => {
  eslint = new ESLint({ cwd: ROOT });
  await eslint.lintText("export {};", { filePath: path.join(ROOT, "lib/probe.ts") });
}, 120_000);

/** Boundary errors for `sample` linted as if it were the file at `file` (it need not exist). */
async function boundaryErrors(file: string, sample: string): Promise<string[]> {
  const [result] = await eslint.lintText(sample, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId !== null && BOUNDARY_RULES.has(m.ruleId)).map((m) => m.message);
}

const cases: { rule: string; file: string; bad: string[]; clean: string }[] = [
  {
    rule: "lib/ never imports app/ or components/",
    file: "lib/campaigns/probe.ts",
    bad: [
      'export { createCampaignAction } from "@/app/(app)/actions/campaigns";',
      'export { Button } from "../../components/ui/button";',
      'export const page = () => import("@/app/(app)/w/[workspaceSlug]/page");',
    ],
    clean: 'export { db } from "@/lib/db";\nexport { AppError } from "../errors";\nexport { recordAudit } from "../workspaces/audit";',
  },
  {
    rule: "only lib/cli imports prisma/ (the seeds)",
    file: "lib/influencers/probe.ts",
    bad: ['export { seedDemo } from "../../prisma/seed-demo";', 'export const s = () => import("@/prisma/seed-demo");'],
    clean: 'export { recomputeInfluencers } from "./recompute";',
  },
  {
    rule: "lib/cli may seed",
    file: "lib/cli/probe.ts",
    bad: ['export { Button } from "@/components/ui/button";'],
    clean: 'export { ensureDatabase } from "../db/ensure";\nexport const seed = () => import("../../prisma/seed-demo");',
  },
  {
    rule: "lib/db imports no domain",
    file: "lib/db/probe.ts",
    bad: [
      'export { recordAudit } from "../workspaces/audit";',
      'export { AppError } from "@/lib/errors";',
      'export const seed = () => import("../../prisma/seed-demo");',
    ],
    clean:
      'import pg from "pg";\nexport { env } from "../env";\nexport { log } from "../log";\nexport { migrate } from "./migrate";\nexport { resolveDatabaseUrl } from "@/lib/db/url";\nexport { pg };',
  },
  {
    rule: "app/ defines no zod schemas",
    file: "app/(app)/actions/probe.ts",
    bad: ['import { z } from "zod";\nexport const s = z.object({});', 'export { z } from "zod";'],
    clean:
      'import type { z } from "zod";\nimport { noInputSchema } from "@/lib/validation";\nexport type In = z.input<typeof noInputSchema>;',
  },
  {
    rule: "components/ import only server actions from app/",
    file: "components/campaigns/probe.tsx",
    bad: [
      'export { default } from "@/app/(app)/w/[workspaceSlug]/page";',
      'export { loadCampaign } from "@/app/(app)/w/[workspaceSlug]/campaigns/load";',
    ],
    clean:
      'export { createCampaignAction } from "@/app/(app)/actions/campaigns";\nexport { saveDraftAction } from "@/app/(portal)/actions";\nexport { db } from "@/lib/db";',
  },
  {
    rule: "pages link through IntentLink, not next/link (no viewport prefetch)",
    file: "app/(app)/w/[workspaceSlug]/probe/page.tsx",
    bad: ['import Link from "next/link";\nexport const L = Link;', 'export { default } from "next/link";'],
    clean:
      'import { IntentLink } from "@/components/ui/intent-link";\nimport { useLinkStatus } from "next/link";\nexport { IntentLink, useLinkStatus };',
  },
  {
    rule: "components link through IntentLink, which alone wraps next/link",
    file: "components/campaigns/probe.tsx",
    bad: ['import Link from "next/link";\nexport const L = Link;'],
    clean: 'import { IntentLink } from "@/components/ui/intent-link";\nexport const L = IntentLink;',
  },
  {
    rule: "IntentLink wraps next/link",
    file: "components/ui/intent-link.tsx",
    bad: ['export { default } from "@/app/(app)/w/[workspaceSlug]/page";'],
    clean: 'import Link from "next/link";\nexport const L = Link;',
  },
  {
    rule: "an impure file of lib/outreach may import anything in lib",
    file: "lib/outreach/probe.ts",
    bad: ['export { Composer } from "@/components/outreach/composer";'],
    clean: 'export { db } from "../db";\nexport { queueMessages } from "./queue";',
  },
  {
    rule: "a pure file of lib/outreach imports only its pure siblings",
    file: "lib/outreach/lint.ts",
    bad: ['export { queueMessages } from "./queue";', 'export { db } from "../db";'],
    clean: 'export { words } from "./text";\nexport { z } from "zod";',
  },
  {
    rule: "lib/vocabulary imports the Prisma enums only as types",
    file: "lib/vocabulary/probe.ts",
    bad: ['export { SocialPlatform } from "@/lib/db/generated/enums";', 'export { db } from "@/lib/db";'],
    clean: 'import type { SocialPlatform } from "@/lib/db/generated/enums";\nexport type P = SocialPlatform;',
  },
];

describe("layering rules reject a violation and accept a clean sample", () => {
  it.each(cases.flatMap((c) => c.bad.map((sample) => [c.rule, c.file, sample] as const)))(
    "%s: rejects in %s: %s",
    async (_, file, sample) => {
      expect(await boundaryErrors(file, sample)).not.toEqual([]);
    },
  );

  it.each(cases.map((c) => [c.rule, c.file, c.clean] as const))("%s: accepts in %s", async (_, file, sample) => {
    expect(await boundaryErrors(file, sample)).toEqual([]);
  });
});

describe("every pure module is fenced by the linter", () => {
  const IMPURE = [
    'import { db } from "@/lib/db";',
    'import { PrismaClient } from "@prisma/client";',
    'import { headers } from "next/headers";',
    'import fs from "node:fs";',
    'import { x } from "../elsewhere";',
    'const pg = await import("pg");',
  ];
  const sampleFile = (m: (typeof PURE_MODULES)[number]) =>
    m.path.endsWith(".ts") ? m.path : m.files ? `${m.path}/${m.files[0]}.ts` : `${m.path}/probe.ts`;

  it.each(PURE_MODULES.flatMap((m) => IMPURE.map((sample) => [m.path, sample] as const)))("%s rejects %s", async (modulePath, sample) => {
    const m = PURE_MODULES.find((p) => p.path === modulePath)!;
    expect(await boundaryErrors(sampleFile(m), `${sample}\nexport {};`)).not.toEqual([]);
  });

  it.each(PURE_MODULES.map((m) => [m.path, m] as const))("%s accepts its allowed imports", async (_, m) => {
    const allowed = (m.imports ?? []).map((s, i) => `export * as a${i} from "${s}";`);
    const types = (m.typeImports ?? []).map((s, i) => `export type * as t${i} from "${s}";`);
    const own = m.path.endsWith(".ts") ? [] : [`export * as own from "${m.files ? `./${m.files[1] ?? m.files[0]}` : "./index"}";`];
    expect(await boundaryErrors(sampleFile(m), [...allowed, ...types, ...own].join("\n") || "export {};")).toEqual([]);
  });
});

describe("what components may import from app/ are server actions", () => {
  /** app/**\/actions.ts and app/**\/actions/*.ts, the files the components rule lets through. */
  const actionFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === "actions" ? readdirSync(full).map((f) => path.join(full, f)) : actionFiles(full);
      return e.name === "actions.ts" ? [full] : [];
    });
  const files = actionFiles(path.join(ROOT, "app"));

  it("finds the action modules", () => expect(files.length).toBeGreaterThanOrEqual(5));
  it.each(files.map((f) => path.relative(ROOT, f)))('%s starts with "use server"', (file) => {
    expect(readFileSync(path.join(ROOT, file), "utf8")).toMatch(/^(\s*\/\/[^\n]*\n)*\s*["']use server["'];/);
  });
});
