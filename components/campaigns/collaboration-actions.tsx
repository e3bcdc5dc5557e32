"use client";

// The brand's own status moves on a collaboration (from the status machine): open drafting, complete, cancel.
import { useRouter } from "next/navigation";

import { collaborationTransitionAction } from "@/app/(app)/actions/collaborations";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/workspaces/use-action";
import { nextStatuses, type CollaborationStatus } from "@/lib/collaborations/status";

const LABELS: Partial<Record<CollaborationStatus, string>> = {
  drafting: "Open drafting",
  completed: "Mark completed",
  cancelled: "Cancel collaboration",
};

export function CollaborationActions({
  slug,
  collaborationId,
  status,
}: {
  slug: string;
  collaborationId: string;
  status: CollaborationStatus;
}) {
  const router = useRouter();
  const { run, pending, error } = useAction(collaborationTransitionAction);
  const moves = nextStatuses(status, "brand").filter((s): s is "drafting" | "completed" | "cancelled" => s in LABELS);
  if (!moves.length) return null;
  return (
    <div className="grid gap-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        {moves.map((to) => (
          <Button
            key={to}
            size="sm"
            variant={to === "cancelled" ? "ghost" : "outline"}
            disabled={pending}
            onClick={() => {
              if (to === "cancelled" && !window.confirm("Cancel this collaboration? Its invite link stops working.")) return;
              run([slug, { collaborationId, to }], () => router.refresh());
            }}
          >
            {LABELS[to]}
          </Button>
        ))}
      </div>
    </div>
  );
}
