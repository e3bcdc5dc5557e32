// The storage module for uploaded files (contract PDFs, insight screenshots, draft media): which
// driver holds the bytes — S3 when S3_BUCKET is set, else local disk under $DATA_DIR/files — and
// where uploads are spooled while they arrive. Uploading is upload.ts, serving is serve.ts, who may
// read a file is access.ts. See README, "Storage".
import path from "node:path";

import { env } from "../env";
import { log } from "../log";
import { diskDriver } from "./disk";
import type { StorageDriver } from "./driver";
import { s3Driver } from "./s3";

let driver: StorageDriver | null = null;

/** The configured driver (created once per process). */
export function storage(): StorageDriver {
  driver ??= env.S3_BUCKET
    ? s3Driver({
        bucket: env.S3_BUCKET,
        region: env.S3_REGION!, // lib/env.ts requires it with S3_BUCKET
        endpoint: env.S3_ENDPOINT,
        accessKeyId: env.S3_ACCESS_KEY_ID,
        secretAccessKey: env.S3_SECRET_ACCESS_KEY,
        forcePathStyle: env.S3_FORCE_PATH_STYLE,
      })
    : diskDriver(path.join(env.DATA_DIR, "files"));
  return driver;
}

/** Local scratch space for uploads in flight (always local, whatever the driver). */
export function spoolDir(): string {
  return path.join(env.DATA_DIR, "tmp", "uploads");
}

/** Object keys: every file of a workspace under one prefix; nothing in a key comes from the request. */
export const keys = {
  original: (workspaceId: string, fileId: string) => `w/${workspaceId}/${fileId}`,
  thumbnail: (workspaceId: string, fileId: string) => `w/${workspaceId}/${fileId}.thumb.webp`,
};

/** Deletes objects, a few at a time; failures are logged, not thrown (the records are already gone). */
export async function purgeObjects(objectKeys: readonly string[]): Promise<void> {
  const driver = storage();
  for (let i = 0; i < objectKeys.length; i += 16) {
    await Promise.all(
      objectKeys
        .slice(i, i + 16)
        .map((k) => driver.delete(k).catch((e: unknown) => log.error("could not delete a stored object", { key: k, err: e }))),
    );
  }
}
