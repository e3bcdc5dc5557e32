// Every background job the app runs, by queue name. Features add their handlers here.
import { shippingAddressPurgeJob } from "../contracts/seeding";
import { importJobHandler } from "../influencers/import-jobs/run";
import { outreachSendJob } from "../outreach/send";
import type { JobHandler } from "./index";

export const JOB_HANDLERS: Record<string, JobHandler> = {
  "outreach-send": outreachSendJob,
  "influencer-import": importJobHandler,
  "shipping-address-purge": shippingAddressPurgeJob,
};

/** Recurring jobs: queue → cron (UTC). */
export const JOB_SCHEDULES: Record<string, string> = {
  // Daily: creators' addresses go 90 days after their collaboration completes.
  "shipping-address-purge": "17 3 * * *",
};
