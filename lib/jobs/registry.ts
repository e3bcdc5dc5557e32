// Every background job the app runs, by queue name. Features add their handlers here.
import { STRIPE_EVENT_QUEUE, stripeEventJob } from "../billing/webhooks";
import {
  CONNECTOR_REFRESH_QUEUE,
  CONNECTOR_SWEEP_CRON,
  CONNECTOR_SWEEP_QUEUE,
  connectorRefreshJob,
  connectorSweepJob,
} from "../connectors/refresh";
import { PAYMENT_REMINDER_CRON, PAYMENT_REMINDER_QUEUE, paymentRemindersJob } from "../contracts/payment-reminders";
import { RIGHTS_REMINDER_CRON, RIGHTS_REMINDER_QUEUE, rightsRemindersJob } from "../contracts/reminders";
import { SEAL_QUEUE, SEAL_SWEEP_CRON, SEAL_SWEEP_QUEUE, sealContractJob, sealSweepJob } from "../contracts/seal-jobs";
import { shippingAddressPurgeJob } from "../contracts/seeding";
import { STORE_WEBHOOK_PURGE_QUEUE, STORE_WEBHOOK_QUEUE, storeWebhookJob, storeWebhookPurgeJob } from "../conversions/webhooks";
import { importJobHandler } from "../influencers/import-jobs/run";
import { outreachSendJob } from "../outreach/send";
import {
  WEBHOOK_DELIVER_QUEUE,
  WEBHOOK_DISPATCH_CRON,
  WEBHOOK_DISPATCH_QUEUE,
  WEBHOOK_PURGE_QUEUE,
  webhookDeliverJob,
  webhookDispatchJob,
  webhookPurgeJob,
} from "../webhooks/delivery";
import type { JobHandler } from "./index";

export const JOB_HANDLERS: Record<string, JobHandler> = {
  "outreach-send": outreachSendJob,
  "influencer-import": importJobHandler,
  [SEAL_QUEUE]: sealContractJob,
  [SEAL_SWEEP_QUEUE]: sealSweepJob,
  [RIGHTS_REMINDER_QUEUE]: rightsRemindersJob,
  [PAYMENT_REMINDER_QUEUE]: paymentRemindersJob,
  "shipping-address-purge": shippingAddressPurgeJob,
  [STORE_WEBHOOK_QUEUE]: storeWebhookJob,
  [STORE_WEBHOOK_PURGE_QUEUE]: storeWebhookPurgeJob,
  [CONNECTOR_SWEEP_QUEUE]: connectorSweepJob,
  [CONNECTOR_REFRESH_QUEUE]: connectorRefreshJob,
  [WEBHOOK_DISPATCH_QUEUE]: webhookDispatchJob,
  [WEBHOOK_DELIVER_QUEUE]: webhookDeliverJob,
  [WEBHOOK_PURGE_QUEUE]: webhookPurgeJob,
  [STRIPE_EVENT_QUEUE]: stripeEventJob,
};

/** Queues that run on a schedule (cron, UTC), each one of the handlers above. */
export const JOB_SCHEDULES: Record<string, string> = {
  [SEAL_SWEEP_QUEUE]: SEAL_SWEEP_CRON,
  [RIGHTS_REMINDER_QUEUE]: RIGHTS_REMINDER_CRON,
  [PAYMENT_REMINDER_QUEUE]: PAYMENT_REMINDER_CRON,
  // Daily: creators' addresses go 90 days after their collaboration completes.
  "shipping-address-purge": "17 3 * * *",
  // Daily: applied store webhook deliveries go after 30 days.
  [STORE_WEBHOOK_PURGE_QUEUE]: "41 3 * * *",
  // Twice an hour: posts whose metrics are due from the connected platforms (lib/connectors/schedule.ts).
  [CONNECTOR_SWEEP_QUEUE]: CONNECTOR_SWEEP_CRON,
  // Every minute: outbound webhook events fanned out, due deliveries queued.
  [WEBHOOK_DISPATCH_QUEUE]: WEBHOOK_DISPATCH_CRON,
  // Daily: outbound webhook events and their deliveries go after 30 days.
  [WEBHOOK_PURGE_QUEUE]: "47 3 * * *",
};
