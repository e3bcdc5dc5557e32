"use client";

// "Create contract" on a collaboration: generates the contract from what the campaign knows and
// opens its editor.
import { FileSignature } from "lucide-react";
import { useRouter } from "next/navigation";

import { generateContractAction } from "@/app/(app)/actions/contracts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/workspaces/use-action";

export function CreateContractButton({ slug, collaborationId }: { slug: string; collaborationId: string }) {
  const router = useRouter();
  const create = useAction(generateContractAction);
  return (
    <div className="grid gap-2">
      {create.error ? <Alert tone="error">{create.error}</Alert> : null}
      <Button
        type="button"
        disabled={create.pending}
        onClick={() => create.run([slug, { collaborationId }], (c) => router.push(`/w/${slug}/contracts/${c.id}`))}
      >
        <FileSignature /> {create.pending ? "Creating…" : "Create contract"}
      </Button>
    </div>
  );
}
