"use client";

// The influencer says they revoked a code in the app: the brand stops counting on it.
import { useRouter } from "next/navigation";

import { withdrawAdCodeAction } from "@/app/(portal)/rights/actions";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/workspaces/use-action";

export function WithdrawCodeButton({ token, codeId }: { token: string; codeId: string }) {
  const router = useRouter();
  const { run, pending, error } = useAction(withdrawAdCodeAction);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button type="button" variant="outline" size="sm" disabled={pending} onClick={() => run([token, { codeId }], () => router.refresh())}>
        {pending ? "Withdrawing…" : "I revoked it"}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-destructive">
          {error}
        </span>
      ) : null}
    </span>
  );
}
