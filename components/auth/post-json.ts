// Client-side JSON POST that turns the API's error body into a form-friendly result.
import type { FieldErrors } from "@/lib/errors";

export type PostResult<T> = { ok: true; data: T } | { ok: false; message: string; fieldErrors: FieldErrors; status: number };

export async function postJson<T = unknown>(url: string, body: unknown): Promise<PostResult<T>> {
  let res: Response;
  try {
    res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  } catch {
    return { ok: false, message: "Can't reach the server. Check your connection and try again.", fieldErrors: {}, status: 0 };
  }
  const json = (await res.json().catch(() => null)) as { error?: { message?: string; fieldErrors?: FieldErrors } } | null;
  if (!res.ok) {
    return {
      ok: false,
      message: json?.error?.message ?? "Something went wrong. Try again.",
      fieldErrors: json?.error?.fieldErrors ?? {},
      status: res.status,
    };
  }
  return { ok: true, data: json as T };
}
