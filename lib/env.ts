// The one place that reads process.env. Parsed with zod on first import; a bad value stops the
// process with a message naming the variable. Documented in .env.example.
import { z } from "zod";

const bool = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

/** 32 bytes as 64 hex characters or as base64 / base64url (the same rule as lib/security/secret-box.ts). */
function encryptionKeyOk(text: string): boolean {
  const t = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(t)) return true;
  return /^[A-Za-z0-9+/_-]{43}=?$/.test(t) && Buffer.from(t.replace(/-/g, "+").replace(/_/g, "/"), "base64").length === 32;
}

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: optionalString,
    APP_URL: z.url().optional(),
    DATABASE_URL: z
      .string()
      .optional()
      .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()))
      .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
        message: "must be a postgres:// or postgresql:// URL",
      }),
    DATA_DIR: z.string().min(1).default(".data"),
    EMBEDDED_PG_SHARED_BUFFERS: z
      .string()
      .regex(/^\d+(kB|MB|GB)$/, "must look like 128MB or 1GB")
      .optional(),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
    DB_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
    DB_JOB_QUERY_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(86_400_000).default(1_800_000),
    DB_SEED_DEMO: bool,
    AUTH_SECRET: optionalString,
    AUTH_GOOGLE_ID: optionalString,
    AUTH_GOOGLE_SECRET: optionalString,
    AUTH_GITHUB_ID: optionalString,
    AUTH_GITHUB_SECRET: optionalString,
    SMTP_URL: optionalString.refine((v) => v === undefined || /^smtps?:\/\//.test(v), {
      message: "must be an smtp:// or smtps:// URL",
    }),
    EMAIL_FROM: z.string().default("Microcampaigns <no-reply@localhost>"),
    RATE_LIMIT_DISABLED: bool,
    // How many reverse proxies in front of the app append to X-Forwarded-For (lib/client-ip.ts).
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    JOBS_DISABLED: bool,
    NEXT_PHASE: z.string().optional(),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    // Uploaded files: local disk under DATA_DIR unless S3_BUCKET is set (lib/storage).
    S3_BUCKET: optionalString,
    S3_REGION: optionalString,
    S3_ENDPOINT: optionalString.refine((v) => v === undefined || /^https?:\/\/[^/]+/.test(v), {
      message: "must be an http:// or https:// URL (e.g. http://minio:9000)",
    }),
    S3_ACCESS_KEY_ID: optionalString,
    S3_SECRET_ACCESS_KEY: optionalString,
    S3_FORCE_PATH_STYLE: bool,
    // Tracking links (lib/tracking, README "Tracking links").
    GEO_COUNTRY_HEADER: optionalString.refine((v) => v === undefined || /^[A-Za-z0-9-]{1,64}$/.test(v), {
      message: "must be a header name such as cf-ipcountry",
    }),
    TRACKING_CLICK_PARAM: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_]{0,31}$/, "must be a query parameter name (letters, digits, _)")
      .default("mc_click"),
    TRACKING_SALT_SECRET: optionalString.refine((v) => v === undefined || v.length >= 32, { message: "must be at least 32 characters" }),
    TRACKING_CACHE_TTL_MS: z.coerce.number().int().min(0).max(300_000).default(5_000),
    TRACKING_FLUSH_MS: z.coerce.number().int().min(10).max(60_000).default(250),
    TRACKING_BATCH_SIZE: z.coerce.number().int().min(1).max(5_000).default(500),
    TRACKING_BUFFER_MAX: z.coerce.number().int().min(100).max(1_000_000).default(50_000),
    TRACKING_VISITOR_HOURLY_CAP: z.coerce.number().int().min(1).max(10_000).default(30),
    // Secrets at rest (lib/security/secret-box.ts, README "Configuration"): 32 bytes, hex or base64.
    ENCRYPTION_KEY: optionalString.refine((v) => v === undefined || encryptionKeyOk(v), {
      message: "must be 32 bytes as 64 hex characters or base64 (openssl rand -base64 32)",
    }),
    // Metric connectors (lib/connectors, README "Metric connectors"): on for a workspace once it
    // connects an account; CONNECTORS_DISABLED stops every call to the platforms' APIs.
    CONNECTORS_DISABLED: bool,
    INSTAGRAM_GRAPH_VERSION: z
      .string()
      .regex(/^v\d{1,3}\.\d$/, "must look like v27.0")
      .default("v27.0"),
    // Earlier keys, comma-separated: values sealed with them still open after a rotation.
    ENCRYPTION_KEYS_PREVIOUS: optionalString.refine(
      (v) => v === undefined || v.split(",").every((k) => k.trim() === "" || encryptionKeyOk(k)),
      {
        message: "must be comma-separated keys of 32 bytes (64 hex characters or base64)",
      },
    ),
    // Outbound webhooks to 127.0.0.1 / ::1, for local receivers in development and tests only.
    WEBHOOKS_ALLOW_PRIVATE: bool,
    // Billing (lib/billing, README "Billing"): off unless STRIPE_SECRET_KEY is set.
    STRIPE_SECRET_KEY: optionalString,
    STRIPE_WEBHOOK_SECRET: optionalString,
    // The signing secret of the Connect webhook endpoint (account.updated of creators' accounts), when
    // Stripe gives it its own; events signed with STRIPE_WEBHOOK_SECRET are accepted as well.
    STRIPE_CONNECT_WEBHOOK_SECRET: optionalString,
    STRIPE_PRICE_PRO_MONTHLY: optionalString,
    STRIPE_PRICE_PRO_YEARLY: optionalString,
    STRIPE_PRICE_AGENCY_MONTHLY: optionalString,
    STRIPE_PRICE_AGENCY_YEARLY: optionalString,
    STRIPE_TRIAL_DAYS: z.coerce.number().int().min(0).max(730).default(0),
    // Another API base (the test fake or stripe-mock), e.g. http://127.0.0.1:12111. Unset: Stripe.
    STRIPE_API_URL: optionalString.refine((v) => v === undefined || /^https?:\/\/[^/]+\/?$/.test(v), {
      message: "must be an http:// or https:// origin such as http://127.0.0.1:12111",
    }),
    BILLING_GRACE_DAYS: z.coerce.number().int().min(0).max(90).default(7),
  })
  .superRefine((v, ctx) => {
    if (v.NODE_ENV === "production" && v.WEBHOOKS_ALLOW_PRIVATE) {
      ctx.addIssue({
        code: "custom",
        path: ["WEBHOOKS_ALLOW_PRIVATE"],
        message: "is for development and tests only; unset it in production",
      });
    }
    // `next build` runs with NODE_ENV=production but serves nothing: the secret is needed at start.
    if (v.NODE_ENV === "production" && !v.AUTH_SECRET && v.NEXT_PHASE !== "phase-production-build") {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "is required in production (openssl rand -base64 33)" });
    }
    if (v.AUTH_SECRET && v.AUTH_SECRET.length < 32) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "must be at least 32 characters" });
    }
    if (Boolean(v.AUTH_GOOGLE_ID) !== Boolean(v.AUTH_GOOGLE_SECRET)) {
      ctx.addIssue({ code: "custom", path: ["AUTH_GOOGLE_SECRET"], message: "AUTH_GOOGLE_ID and AUTH_GOOGLE_SECRET go together" });
    }
    if (Boolean(v.AUTH_GITHUB_ID) !== Boolean(v.AUTH_GITHUB_SECRET)) {
      ctx.addIssue({ code: "custom", path: ["AUTH_GITHUB_SECRET"], message: "AUTH_GITHUB_ID and AUTH_GITHUB_SECRET go together" });
    }
    // S3 settings are one unit: a half-configured store would silently fall back to local disk.
    if (v.S3_BUCKET) {
      if (!v.S3_REGION)
        ctx.addIssue({ code: "custom", path: ["S3_REGION"], message: "is required with S3_BUCKET (any value for MinIO, e.g. us-east-1)" });
      if (Boolean(v.S3_ACCESS_KEY_ID) !== Boolean(v.S3_SECRET_ACCESS_KEY)) {
        ctx.addIssue({ code: "custom", path: ["S3_SECRET_ACCESS_KEY"], message: "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together" });
      }
    } else {
      for (const name of ["S3_REGION", "S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
        if (v[name])
          ctx.addIssue({ code: "custom", path: [name], message: "is set but S3_BUCKET is not (set S3_BUCKET to store files in S3)" });
      }
      if (v.S3_FORCE_PATH_STYLE) ctx.addIssue({ code: "custom", path: ["S3_FORCE_PATH_STYLE"], message: "is set but S3_BUCKET is not" });
    }
    // Stripe settings are one unit too: billing half on would take money it can't record.
    const stripeRequired = ["STRIPE_WEBHOOK_SECRET", "STRIPE_PRICE_PRO_MONTHLY", "STRIPE_PRICE_AGENCY_MONTHLY"] as const;
    const stripeOptional = [
      "STRIPE_PRICE_PRO_YEARLY",
      "STRIPE_PRICE_AGENCY_YEARLY",
      "STRIPE_API_URL",
      "STRIPE_CONNECT_WEBHOOK_SECRET",
    ] as const;
    if (v.STRIPE_SECRET_KEY) {
      for (const name of stripeRequired)
        if (!v[name]) ctx.addIssue({ code: "custom", path: [name], message: "is required with STRIPE_SECRET_KEY" });
    } else {
      for (const name of [...stripeRequired, ...stripeOptional]) {
        if (v[name])
          ctx.addIssue({ code: "custom", path: [name], message: "is set but STRIPE_SECRET_KEY is not (set it to turn billing on)" });
      }
    }
  });

export type Env = z.infer<typeof envSchema>;

/** Parses an environment; throws one Error whose message names every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}\nSee .env.example.`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);

/** The public base URL used in emailed links. */
export function appUrl(): string {
  return (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
}
