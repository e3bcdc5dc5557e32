// parseEnv (lib/env.ts): defaults, and errors that name the bad variable.
import { describe, expect, it } from "vitest";

import { parseEnv } from "@/lib/env";

const SECRET = "x".repeat(32);

function errorOf(source: Record<string, string | undefined>): string {
  try {
    parseEnv(source);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected parseEnv to throw");
}

describe("parseEnv", () => {
  // toMatchObject: other variables get added over time; these are the ones whose defaults matter here.
  it("fills in the defaults for an empty environment", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      NODE_ENV: "development",
      PORT: 3000,
      DATA_DIR: ".data",
      DB_POOL_MAX: 10,
      DB_CONNECT_TIMEOUT_MS: 5000,
      DB_SEED_DEMO: false,
      EMAIL_FROM: "Microcampaigns <no-reply@localhost>",
      RATE_LIMIT_DISABLED: false,
      LOG_LEVEL: "info",
    });
    for (const name of [
      "APP_URL",
      "DATABASE_URL",
      "AUTH_SECRET",
      "AUTH_GOOGLE_ID",
      "AUTH_GOOGLE_SECRET",
      "AUTH_GITHUB_ID",
      "AUTH_GITHUB_SECRET",
      "SMTP_URL",
      "S3_BUCKET",
      "S3_REGION",
      "S3_ENDPOINT",
      "S3_ACCESS_KEY_ID",
      "S3_SECRET_ACCESS_KEY",
    ] as const) {
      expect(env[name], name).toBeUndefined();
    }
  });

  it("parses good values: numbers, booleans, trimmed strings, blank as unset", () => {
    const env = parseEnv({
      PORT: "8080",
      DATABASE_URL: "  postgresql://u:p@db:5432/app  ",
      RATE_LIMIT_DISABLED: "1",
      DB_SEED_DEMO: "true",
      AUTH_SECRET: `  ${SECRET}  `,
      AUTH_GOOGLE_ID: "",
      AUTH_GOOGLE_SECRET: "   ",
      SMTP_URL: "smtp://localhost:1025",
    });
    expect(env.PORT).toBe(8080);
    expect(env.DATABASE_URL).toBe("postgresql://u:p@db:5432/app");
    expect(env.RATE_LIMIT_DISABLED).toBe(true);
    expect(env.DB_SEED_DEMO).toBe(true);
    expect(env.AUTH_SECRET).toBe(SECRET);
    expect(env.AUTH_GOOGLE_ID).toBeUndefined();
    expect(env.AUTH_GOOGLE_SECRET).toBeUndefined();
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
    expect(parseEnv({ DATABASE_URL: "postgres://h/db" }).DATABASE_URL).toBe("postgres://h/db");
  });

  it.each(["abc", "0", "65536", "80.5", "-1"])("a bad PORT (%s) names PORT", (port) => {
    const msg = errorOf({ PORT: port });
    expect(msg).toMatch(/^\s+PORT: /m);
    expect(msg).toContain("See .env.example");
  });

  it.each(["mysql://u:p@h/db", "localhost:5432", "not a url"])("a bad DATABASE_URL (%s) names DATABASE_URL", (url) => {
    expect(errorOf({ DATABASE_URL: url })).toMatch(/DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/);
  });

  it("production without AUTH_SECRET names AUTH_SECRET", () => {
    expect(errorOf({ NODE_ENV: "production" })).toMatch(/AUTH_SECRET: is required in production/);
    expect(errorOf({ NODE_ENV: "production", AUTH_SECRET: "  " })).toMatch(/AUTH_SECRET: is required/);
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: SECRET }).NODE_ENV).toBe("production");
  });

  it("a short AUTH_SECRET is refused in any environment", () => {
    expect(errorOf({ AUTH_SECRET: "x".repeat(31) })).toMatch(/AUTH_SECRET: must be at least 32 characters/);
    expect(errorOf({ NODE_ENV: "production", AUTH_SECRET: "short" })).toMatch(/AUTH_SECRET: must be at least 32/);
  });

  it("a Google id without its secret (or the reverse) is refused; so is GitHub's", () => {
    expect(errorOf({ AUTH_GOOGLE_ID: "id" })).toMatch(/AUTH_GOOGLE_SECRET: AUTH_GOOGLE_ID and AUTH_GOOGLE_SECRET go together/);
    expect(errorOf({ AUTH_GOOGLE_SECRET: "secret" })).toMatch(/AUTH_GOOGLE_SECRET:/);
    expect(errorOf({ AUTH_GITHUB_ID: "id" })).toMatch(/AUTH_GITHUB_SECRET:/);
    expect(parseEnv({ AUTH_GOOGLE_ID: "id", AUTH_GOOGLE_SECRET: "secret" }).AUTH_GOOGLE_ID).toBe("id");
  });

  it("names every bad variable in one message", () => {
    const msg = errorOf({ PORT: "x", DATABASE_URL: "mysql://h", LOG_LEVEL: "loud", RATE_LIMIT_DISABLED: "yes", SMTP_URL: "http://mail" });
    for (const name of ["PORT", "DATABASE_URL", "LOG_LEVEL", "RATE_LIMIT_DISABLED", "SMTP_URL"])
      expect(msg).toMatch(new RegExp(`^\\s+${name}: `, "m"));
    expect(msg.split("\n")[0]).toBe("Invalid environment configuration:");
  });

  it.each([
    ["NODE_ENV", "staging"],
    ["APP_URL", "not a url"],
    ["DB_POOL_MAX", "0"],
    ["DB_CONNECT_TIMEOUT_MS", "50"],
  ])("a bad %s names it", (name, value) => {
    expect(errorOf({ [name]: value })).toMatch(new RegExp(`^\\s+${name}: `, "m"));
  });

  it("S3 storage: a bucket needs a region; keys go in pairs; the endpoint is an http(s) URL", () => {
    const minio = {
      S3_BUCKET: "media",
      S3_REGION: "us-east-1",
      S3_ENDPOINT: "http://minio:9000",
      S3_ACCESS_KEY_ID: "minio",
      S3_SECRET_ACCESS_KEY: "minio-secret",
      S3_FORCE_PATH_STYLE: "true",
    };
    expect(parseEnv(minio)).toMatchObject({ ...minio, S3_FORCE_PATH_STYLE: true });
    expect(parseEnv({ S3_BUCKET: "media", S3_REGION: "eu-west-1" }).S3_ACCESS_KEY_ID).toBeUndefined(); // instance role
    expect(parseEnv({}).S3_FORCE_PATH_STYLE).toBe(false);
    expect(errorOf({ ...minio, S3_REGION: "" })).toMatch(/^\s+S3_REGION: is required with S3_BUCKET/m);
    expect(errorOf({ ...minio, S3_SECRET_ACCESS_KEY: "" })).toMatch(
      /^\s+S3_SECRET_ACCESS_KEY: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together/m,
    );
    expect(errorOf({ ...minio, S3_ACCESS_KEY_ID: "" })).toMatch(/S3_SECRET_ACCESS_KEY: .*go together/);
    expect(errorOf({ ...minio, S3_ENDPOINT: "minio:9000" })).toMatch(/^\s+S3_ENDPOINT: must be an http:\/\/ or https:\/\/ URL/m);
    expect(errorOf({ ...minio, S3_FORCE_PATH_STYLE: "yes" })).toMatch(/^\s+S3_FORCE_PATH_STYLE: /m);
  });

  it("S3 settings without S3_BUCKET are refused (they would be ignored and files would go to local disk)", () => {
    const msg = errorOf({ S3_REGION: "us-east-1", S3_ENDPOINT: "http://minio:9000", S3_FORCE_PATH_STYLE: "1" });
    for (const name of ["S3_REGION", "S3_ENDPOINT", "S3_FORCE_PATH_STYLE"])
      expect(msg).toMatch(new RegExp(`^\\s+${name}: is set but S3_BUCKET is not`, "m"));
  });
});
