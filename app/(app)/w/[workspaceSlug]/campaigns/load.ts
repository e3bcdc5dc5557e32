// Pages turn a service's NOT_FOUND into Next's 404.
import { notFound } from "next/navigation";

import { AppError } from "@/lib/errors";

export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}
