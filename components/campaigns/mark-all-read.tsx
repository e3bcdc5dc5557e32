"use client";

import { useRouter } from "next/navigation";

import { markNotificationsReadAction } from "@/app/(app)/actions/notifications";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/workspaces/use-action";

export function MarkAllRead({ slug }: { slug: string }) {
  const router = useRouter();
  const { run, pending } = useAction(markNotificationsReadAction);
  return (
    <Button variant="outline" size="sm" disabled={pending} onClick={() => run([slug, {}], () => router.refresh())}>
      Mark all read
    </Button>
  );
}
