import type { Metadata } from "next";

import { ReportView } from "@/components/reports/report-view";
import { sharedReportPage } from "@/lib/reports/shared-page";

// Public, token-scoped: the link's 256-bit token is the only credential; no sign-in, no workspace
// navigation, nothing but this one report. Unknown, expired and revoked links all get the same 404.
// Not indexed (this metadata, and X-Robots-Tag from next.config.ts).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await sharedReportPage((await params).token);
  return {
    title: "report" in page ? `${page.report.title} · ${page.data.workspaceName}` : "Too many requests",
    referrer: "no-referrer",
    robots: { index: false, follow: false },
  };
}

export default async function SharedReportPage({ params }: Props) {
  const { token } = await params;
  const page = await sharedReportPage(token);
  return (
    <div className="min-h-dvh bg-muted/30">
      <main id="main" className="mx-auto max-w-5xl p-4 sm:p-8">
        {"report" in page ? (
          <ReportView
            title={page.report.title}
            sections={page.report.sections}
            comment={page.report.comment}
            mode={page.report.mode}
            data={page.data}
            pdfHref={`/reports/${encodeURIComponent(token)}/pdf`}
            logoSrc={page.hasLogo ? `/reports/${encodeURIComponent(token)}/logo` : null}
          />
        ) : (
          <p role="alert" className="rounded-lg border bg-card p-6 text-center text-sm">
            {page.rateLimited}
          </p>
        )}
        <p className="mt-10 text-center text-xs text-muted-foreground">Read-only report shared by link.</p>
      </main>
    </div>
  );
}
