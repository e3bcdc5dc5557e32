// Collaboration and draft status badges, coloured by what they ask of the reader.
import { Badge } from "@/components/ui/badge";
import { isCollaborationStatus, STATUS_LABELS } from "@/lib/collaborations/status";

const TONE: Record<string, "default" | "outline" | "success" | "warning" | "destructive"> = {
  invited: "outline",
  accepted: "default",
  declined: "destructive",
  drafting: "default",
  in_review: "warning",
  changes_requested: "warning",
  approved: "success",
  live: "success",
  completed: "success",
  cancelled: "destructive",
};

export function CollaborationStatusBadge({ status }: { status: string }) {
  return (
    <Badge variant={TONE[status] ?? "outline"} data-testid="collaboration-status">
      {isCollaborationStatus(status) ? STATUS_LABELS[status] : status}
    </Badge>
  );
}

const DRAFT_LABELS: Record<string, [string, "default" | "outline" | "success" | "warning" | "destructive"]> = {
  draft: ["Draft (not submitted)", "outline"],
  submitted: ["Waiting for review", "warning"],
  changes_requested: ["Changes requested", "warning"],
  approved: ["Approved", "success"],
};

export function DraftStatusBadge({ status }: { status: string }) {
  const [label, tone] = DRAFT_LABELS[status] ?? [status, "outline"];
  return <Badge variant={tone}>{label}</Badge>;
}
