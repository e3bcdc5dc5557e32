// S3 driver: any S3-compatible store (AWS S3, MinIO, Ceph, R2…) through the AWS SDK v3. The bucket
// stays private: files are only ever read by the app's route handlers, which check permissions and
// stream the bytes, never by handing out a bucket URL. Checksums are sent and validated only where
// the S3 API requires them, which keeps stores that don't support the SDK's newer default working.
import fs from "node:fs";
import type { Readable } from "node:stream";

import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";

import { assertSafeKey, type StorageDriver } from "./driver";

export type S3Config = {
  bucket: string;
  region: string;
  /** For MinIO and other non-AWS stores, e.g. http://minio:9000. Unset: AWS. */
  endpoint?: string;
  /** Both or neither; neither uses the SDK's default credential chain (an instance or task role). */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** http://host/bucket/key instead of http://bucket.host/key (MinIO needs it). */
  forcePathStyle?: boolean;
};

export function s3Client(cfg: S3Config): S3Client {
  return new S3Client({
    region: cfg.region,
    endpoint: cfg.endpoint,
    forcePathStyle: cfg.forcePathStyle ?? false,
    credentials:
      cfg.accessKeyId && cfg.secretAccessKey ? { accessKeyId: cfg.accessKeyId, secretAccessKey: cfg.secretAccessKey } : undefined,
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    maxAttempts: 3,
  });
}

function isNotFound(e: unknown): boolean {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err.name === "NoSuchKey" || err.name === "NotFound" || err.$metadata?.httpStatusCode === 404;
}

export function s3Driver(cfg: S3Config, client: S3Client = s3Client(cfg)): StorageDriver {
  const Bucket = cfg.bucket;
  return {
    name: "s3",
    async put(key, source) {
      assertSafeKey(key);
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key: key,
          Body: fs.createReadStream(source.path),
          ContentLength: source.size,
          ContentType: source.contentType,
        }),
      );
    },
    async get(key, range) {
      assertSafeKey(key);
      try {
        const res = await client.send(
          new GetObjectCommand({ Bucket, Key: key, Range: range ? `bytes=${range.start}-${range.end}` : undefined }),
        );
        const total = res.ContentRange ? Number(res.ContentRange.split("/")[1]) : res.ContentLength;
        if (!res.Body || total === undefined || !Number.isFinite(total)) throw new Error(`S3 GetObject ${key}: no body or size`);
        return { body: res.Body as Readable, size: total };
      } catch (e) {
        if (isNotFound(e)) return null;
        throw e;
      }
    },
    async head(key) {
      assertSafeKey(key);
      try {
        const res = await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return { size: res.ContentLength ?? 0 };
      } catch (e) {
        if (isNotFound(e)) return null;
        throw e;
      }
    },
    async delete(key) {
      assertSafeKey(key);
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
}
