import type { Metadata } from "next";

import { RecordNotFound } from "@/components/ui/record-not-found";

export const metadata: Metadata = { title: "Influencer not found" };

export default function InfluencerNotFound() {
  return <RecordNotFound title="Influencer not found" back={{ label: "All influencers", path: "/influencers" }} />;
}
