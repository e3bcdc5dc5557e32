import { describe, expect, it } from "vitest";

import { POST } from "@/app/api/v1/compliance/check/route";

import { createUser } from "../fixtures/factories";
import { actAs } from "./session-double";

const call = (body: unknown) =>
  POST(
    new Request("http://test/api/v1/compliance/check", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );

describe("POST /api/v1/compliance/check", () => {
  it("refuses a signed-out caller", async () => {
    actAs(null);
    const res = await call({ text: "#ad hello", platform: "instagram" });
    expect(res.status).toBe(401);
  });

  it("checks a caption for a signed-in user", async () => {
    actAs(await createUser());
    const res = await call({ text: "Loving this serum #sp", platform: "instagram", brand: "Glowly" });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { compliant: boolean; findings: { code: string; severity: string }[] };
    expect(body.compliant).toBe(false);
    expect(body.findings.map((f) => f.code)).toEqual(["VAGUE_DISCLOSURE"]);
  });

  it("answers 400 with field messages for invalid input, never a stack trace", async () => {
    actAs(await createUser());
    const res = await call({ text: 42, platform: "myspace" });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; fieldErrors: Record<string, string[]> } };
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(Object.keys(body.error.fieldErrors)).toEqual(expect.arrayContaining(["text", "platform"]));
    const notJson = await call("{not json");
    expect(notJson.status).toBe(400);
  });
});
