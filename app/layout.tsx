import "./globals.css";

import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";

import { ThemeScript } from "@/components/shell/theme-script";
import { appUrl } from "@/lib/env";

const description = "Run micro-influencer campaigns: discovery, outreach, briefs, contracts, FTC disclosure checks and ROI.";

// Icons, the web manifest and the Open Graph image are files in public/ (README "Layout").
export const metadata: Metadata = {
  metadataBase: new URL(appUrl()),
  title: { default: "Microcampaigns", template: "%s · Microcampaigns" },
  description,
  applicationName: "Microcampaigns",
  manifest: "/manifest.webmanifest",
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: [{ url: "/apple-touch-icon.png", sizes: "180x180" }],
  },
  openGraph: {
    type: "website",
    siteName: "Microcampaigns",
    title: "Microcampaigns",
    description,
    images: [{ url: "/og.png", width: 1200, height: 630, alt: "Microcampaigns: micro-influencer campaigns from discovery to ROI" }],
  },
  twitter: { card: "summary_large_image", images: ["/og.png"] },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0b1020" },
  ],
};

// The theme script runs under the Content-Security-Policy with the request's nonce (set by proxy.ts);
// reading the request headers makes every page render per request, which nonces require.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript nonce={nonce} />
      </head>
      <body className="min-h-dvh font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-background focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
