// Cross-tenant cases: the workspace's report logo (upload and removal). Serving it to members is the
// files route (cases/storage.ts); the shared report's logo route is token-scoped (exemptions.ts,
// workspace-logo.integration.test.ts).
import { route, type CrossTenantCase } from "../harness";

const LOGO = "app/api/w/[workspaceSlug]/settings/logo/route.ts";

/** A real 8×8 PNG (the upload is decoded for its thumbnail). */
export async function pngBytes(): Promise<Uint8Array> {
  const { default: sharp } = await import("sharp");
  return new Uint8Array(
    await sharp({ create: { width: 8, height: 8, channels: 3, background: "#3366ff" } })
      .png()
      .toBuffer(),
  );
}

const PNG = await pngBytes();

export const cases: CrossTenantCase[] = [
  route(`${LOGO} POST`, () => ({
    init: { method: "POST", body: PNG.slice(), headers: { "Content-Type": "image/png", "X-File-Name": "logo.png" } },
  })),
  route(`${LOGO} DELETE`, () => ({ init: { method: "DELETE" } })),
];
