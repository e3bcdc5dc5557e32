import type { Metadata } from "next";

import { RecordNotFound } from "@/components/ui/record-not-found";

export const metadata: Metadata = { title: "Contract not found" };

export default function ContractNotFound() {
  return <RecordNotFound title="Contract not found" back={{ label: "All contracts", path: "/contracts" }} />;
}
