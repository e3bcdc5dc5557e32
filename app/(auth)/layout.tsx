import type { ReactNode } from "react";

import { IntentLink } from "@/components/ui/intent-link";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="card-page">
      <IntentLink href="/" className="mb-6 text-lg font-semibold tracking-tight">
        Microcampaigns
      </IntentLink>
      <main id="main" className="w-full max-w-sm rounded-lg border bg-card p-6 shadow-sm">
        {children}
      </main>
    </div>
  );
}
