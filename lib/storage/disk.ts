// Local-disk driver: objects are files under one root directory (by default $DATA_DIR/files). Writes
// go to a temporary name beside the target and are renamed into place, so a reader never sees half a
// file. Good for one app server or several sharing a network volume; use S3 otherwise.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";

import { assertSafeKey, type ByteRange, type StorageDriver } from "./driver";

export function diskDriver(root: string): StorageDriver {
  const base = path.resolve(root);
  const pathOf = (key: string) => {
    assertSafeKey(key);
    return path.join(base, ...key.split("/"));
  };
  return {
    name: "disk",
    async put(key, source) {
      const target = pathOf(key);
      await fsp.mkdir(path.dirname(target), { recursive: true });
      const tmp = `${target}.${randomBytes(6).toString("hex")}.partial`;
      try {
        await fsp.copyFile(source.path, tmp);
        await fsp.rename(tmp, target);
      } catch (e) {
        await fsp.rm(tmp, { force: true });
        throw e;
      }
    },
    async get(key, range?: ByteRange) {
      const file = pathOf(key);
      const size = await sizeOf(file);
      if (size === null) return null;
      const body = range ? fs.createReadStream(file, { start: range.start, end: range.end }) : fs.createReadStream(file);
      return { body, size };
    },
    async head(key) {
      const size = await sizeOf(pathOf(key));
      return size === null ? null : { size };
    },
    async delete(key) {
      await fsp.rm(pathOf(key), { force: true });
    },
  };
}

async function sizeOf(file: string): Promise<number | null> {
  try {
    const st = await fsp.stat(file);
    return st.isFile() ? st.size : null;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
}
