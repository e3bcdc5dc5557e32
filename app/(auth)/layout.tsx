import Link from "next/link";
import type { ReactNode } from "react";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="card-page">
      <Link href="/" className="mb-6 text-lg font-semibold tracking-tight">
        Microcampaigns
      </Link>
      <main id="main" className="w-full max-w-sm rounded-lg border bg-card p-6 shadow-sm">
        {children}
      </main>
    </div>
  );
}
