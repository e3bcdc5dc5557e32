import type { Metadata } from "next";

import { RecordNotFound } from "@/components/ui/record-not-found";

export const metadata: Metadata = { title: "Collaboration not found" };

export default function CollaborationNotFound() {
  return <RecordNotFound title="Collaboration not found" back={{ label: "All campaigns", path: "/campaigns" }} />;
}
