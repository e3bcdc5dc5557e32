// Runs in the browser before the app becomes interactive (Next.js convention; this file must sit at the
// project root). zod 4 probes whether it may compile parsers with `new Function` the first time an
// object schema is parsed; under the Content-Security-Policy (no 'unsafe-eval', see lib/security/csp.ts)
// the probe is refused and reported as a violation. Tell zod not to try.
//
// Without importing zod: this file is part of every page's main bundle, and `import { z } from "zod"`
// put all of zod (30 KiB gzip) on every page, most of which never parse anything in the browser. zod
// keeps its global config on `globalThis.__zod_globalConfig` (zod/v4/core/core.js: `config()` merges
// into that object), so setting the flag there is what `z.config({ jitless: true })` does. The e2e
// CSP guard (tests/e2e/helpers.ts) fails on any violation if a zod upgrade moves it.
const g = globalThis as typeof globalThis & { __zod_globalConfig?: { jitless?: boolean } };
(g.__zod_globalConfig ??= {}).jitless = true;
