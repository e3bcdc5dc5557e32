// A client report as PDF, for any member who may read reports (the client role included).
import { withWorkspace } from "@/lib/auth/with-workspace";
import { reportPdf } from "@/lib/reports/download";
import { reportPdfResponse } from "@/lib/reports/pdf";

export const dynamic = "force-dynamic";

export const GET = withWorkspace<{ workspaceSlug: string; reportId: string }>("reports.read", async (_req, { workspace, params }) => {
  const pdf = await reportPdf({ workspaceId: workspace.id, reportId: params.reportId, timeZone: workspace.timeZone });
  return reportPdfResponse(pdf.bytes, pdf.fileName);
});
