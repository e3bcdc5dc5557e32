// Every background job the app runs, by queue name. Features add their handlers here.
import { importJobHandler } from "../influencers/import-jobs/run";
import { outreachSendJob } from "../outreach/send";
import type { JobHandler } from "./index";

export const JOB_HANDLERS: Record<string, JobHandler> = {
  "outreach-send": outreachSendJob,
  "influencer-import": importJobHandler,
};
