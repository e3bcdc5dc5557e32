// Every background job the app runs, by queue name. Features add their handlers here.
import type { JobHandler } from "./index";

export const JOB_HANDLERS: Record<string, JobHandler> = {};
