// The PDF of a report, for a member (by workspace and id) and for the holder of a share link (by the
// link's workspace and report, found from the token by lib/reports/share-links.ts).
import { logoForPdf } from "../workspaces/logo";
import { reportData } from "./crud";
import { renderReportPdf, reportPdfFileName } from "./pdf";

/** The report's PDF and its file name, or NOT_FOUND for a report of another workspace. */
export async function reportPdf(opts: {
  workspaceId: string;
  reportId: string;
  timeZone: string;
  now?: Date;
}): Promise<{ bytes: Uint8Array; fileName: string }> {
  const { report, data } = await reportData(opts);
  const logo = await logoForPdf(opts.workspaceId);
  const bytes = await renderReportPdf({
    title: report.title,
    sections: report.sections,
    comment: report.comment,
    mode: report.mode,
    data,
    logo,
  });
  return { bytes, fileName: reportPdfFileName(report.title) };
}
