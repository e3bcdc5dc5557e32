"use client";

import { useRouter } from "next/navigation";

import { acceptInvitationAction } from "@/app/(app)/actions/members";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

import { useAction } from "./use-action";

export function AcceptInvitation({ token }: { token: string }) {
  const router = useRouter();
  const { run, pending, error } = useAction(acceptInvitationAction);
  return (
    <div className="grid gap-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button
        disabled={pending}
        onClick={() =>
          run([{ token }], (data) => {
            router.push(`/w/${data.workspaceSlug}`);
            router.refresh();
          })
        }
      >
        {pending ? "Joining…" : "Accept invitation"}
      </Button>
    </div>
  );
}
