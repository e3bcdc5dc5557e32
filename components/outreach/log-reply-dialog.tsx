"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { MessageSquareReply, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { logReplyAction } from "@/app/(app)/actions/outreach";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";

/** "Log reply": paste what the influencer answered; it goes on their timeline and moves the card to Replied. */
export function LogReplyDialog({
  slug,
  influencerId,
  name,
  messageId,
  onLogged,
  size = "sm",
}: {
  slug: string;
  influencerId: string;
  name: string;
  messageId?: string;
  onLogged?: (stage: string | null) => void;
  size?: "sm" | "default";
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState("");
  const { run, pending, error, fieldErrors } = useAction(logReplyAction);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <Button variant="outline" size={size}>
          <MessageSquareReply aria-hidden /> Log reply
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content className="fixed top-1/2 left-1/2 z-50 grid w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 gap-4 rounded-lg border bg-background p-5 shadow-lg">
          <div className="flex items-start justify-between gap-4">
            <div>
              <Dialog.Title className="text-base font-semibold">Log a reply from {name}</Dialog.Title>
              <Dialog.Description className="text-sm text-muted-foreground">
                Paste their answer. It goes on their timeline and stops the follow-up reminder.
              </Dialog.Description>
            </div>
            <Dialog.Close asChild>
              <Button variant="ghost" size="icon" aria-label="Close">
                <X aria-hidden />
              </Button>
            </Dialog.Close>
          </div>
          <form
            method="post"
            className="grid gap-3"
            onSubmit={(e) => {
              e.preventDefault();
              run([slug, { influencerId, messageId, body }], (res) => {
                setOpen(false);
                setBody("");
                onLogged?.(res.stage);
                router.refresh();
              });
            }}
          >
            {error && !fieldErrors.body ? <Alert tone="error">{error}</Alert> : null}
            <Field label="Their reply" error={fieldErrors.body}>
              <Textarea rows={8} value={body} onChange={(e) => setBody(e.target.value)} autoFocus />
            </Field>
            <div className="flex justify-end gap-2">
              <Dialog.Close asChild>
                <Button type="button" variant="outline">
                  Cancel
                </Button>
              </Dialog.Close>
              <Button type="submit" disabled={pending || !body.trim()}>
                {pending ? "Saving…" : "Save reply"}
              </Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
