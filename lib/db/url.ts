// Where the database is: DATABASE_URL when set, else the embedded server recorded under DATA_DIR.
import { env } from "../env";
import { embeddedUrl, readEmbeddedState } from "./embedded";

export const EMBEDDED_DATABASE = "microcampaigns";

export function resolveDatabaseUrl(): string {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  const state = readEmbeddedState(env.DATA_DIR);
  if (!state) {
    throw new Error(
      `DATABASE_URL is not set and no embedded PostgreSQL is running for ${env.DATA_DIR}. ` +
        "Start the app with `npm run dev` (it starts one), or set DATABASE_URL.",
    );
  }
  return embeddedUrl(state, EMBEDDED_DATABASE);
}
