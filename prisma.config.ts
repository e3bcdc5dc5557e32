// Prisma CLI configuration. The app itself never reads this file: it resolves its database URL in
// lib/db/url.ts (embedded Postgres when DATABASE_URL is unset) and applies migrations itself.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unset" },
});
