// Every background job the app runs, by queue name. Features add their handlers here.
import { RIGHTS_REMINDER_CRON, RIGHTS_REMINDER_QUEUE, rightsRemindersJob } from "../contracts/reminders";
import { importJobHandler } from "../influencers/import-jobs/run";
import { outreachSendJob } from "../outreach/send";
import type { JobHandler } from "./index";

export const JOB_HANDLERS: Record<string, JobHandler> = {
  "outreach-send": outreachSendJob,
  "influencer-import": importJobHandler,
  [RIGHTS_REMINDER_QUEUE]: rightsRemindersJob,
};

// Queues run on a cron schedule (UTC), by queue name: pg-boss sends the job, once across all servers.
export const JOB_SCHEDULES: Record<string, string> = {
  [RIGHTS_REMINDER_QUEUE]: RIGHTS_REMINDER_CRON,
};
