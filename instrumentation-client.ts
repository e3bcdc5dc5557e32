// Runs in the browser before the app becomes interactive (Next.js convention; this file must sit at the
// project root). zod 4 probes whether it may compile parsers with `new Function` the first time an
// object schema is parsed; under the Content-Security-Policy (no 'unsafe-eval', see lib/security/csp.ts)
// the probe is refused and reported as a violation. Tell zod not to try.
import { z } from "zod";

z.config({ jitless: true });
