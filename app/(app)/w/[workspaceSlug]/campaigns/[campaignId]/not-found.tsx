import type { Metadata } from "next";

import { RecordNotFound } from "@/components/ui/record-not-found";

export const metadata: Metadata = { title: "Campaign not found" };

export default function CampaignNotFound() {
  return <RecordNotFound title="Campaign not found" back={{ label: "All campaigns", path: "/campaigns" }} />;
}
