// POST /api/w/:slug/imports: upload a roster (multipart: file or text, mapping as JSON, fileName,
// defaultPlatform: the platform of handles that name none).
// Up to 2,000 rows import during the request (201 with the finished job); larger files are queued
// (202 with the job to poll). Max 20 MB. GET lists the recent imports.
import { withWorkspace } from "@/lib/auth/with-workspace";
import { AppError } from "@/lib/errors";
import { readForm } from "@/lib/http";
import { listImports } from "@/lib/influencers/import-jobs/queries";
import { startImport } from "@/lib/influencers/import-jobs/start";
import { decodeUpload, MAX_UPLOAD_BYTES } from "@/lib/influencers/import-jobs/upload";
import { importUploadSchema } from "@/lib/influencers/schemas";
import { parseInput } from "@/lib/validation";

export const GET = withWorkspace("influencers.read", async (_req, { workspace }) =>
  Response.json({ imports: await listImports(workspace.id) }),
);

const CSV_TYPES = /^(text\/(csv|plain|tab-separated-values)|application\/(vnd\.ms-excel|csv|octet-stream)|)$/;

export const POST = withWorkspace("influencers.write", async (req, { workspace, user }) => {
  const form = await readForm(req, {
    // The file plus the multipart framing, the mapping and the file name.
    maxBytes: MAX_UPLOAD_BYTES + 64 * 1024,
    tooLargeMessage: "The file is larger than 20 MB. Split it into smaller files and import them one after the other.",
  });
  const file = form.get("file");
  let text: string;
  let fileName = String(form.get("fileName") ?? "");
  if (file instanceof File) {
    if (file.type && !CSV_TYPES.test(file.type))
      throw new AppError(
        "UNPROCESSABLE",
        "This file is not a CSV. In your spreadsheet app, use Save as / Download → CSV UTF-8 and upload that file.",
      );
    text = decodeUpload(new Uint8Array(await file.arrayBuffer()));
    fileName ||= file.name;
  } else {
    const pasted = String(form.get("text") ?? "");
    text = decodeUpload(new TextEncoder().encode(pasted));
    fileName ||= "Pasted rows";
  }
  let mappingJson: unknown;
  try {
    mappingJson = JSON.parse(String(form.get("mapping") ?? "{}"));
  } catch {
    throw new AppError("BAD_REQUEST", "The column mapping is not valid JSON.");
  }
  const { mapping, defaultPlatform } = parseInput(importUploadSchema, {
    mapping: mappingJson,
    defaultPlatform: form.get("defaultPlatform") ?? null,
  });
  const job = await startImport({ workspaceId: workspace.id, userId: user.id, fileName, text, mapping, defaultPlatform });
  return Response.json({ job }, { status: job.status === "queued" || job.status === "running" ? 202 : 201 });
});
