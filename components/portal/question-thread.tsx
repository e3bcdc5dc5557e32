"use client";

// Questions to the brand and their answers, one thread per collaboration.
import { useRouter } from "next/navigation";
import { useState } from "react";

import { askQuestionAction } from "@/app/(portal)/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";

import { MessageList, type ThreadMessage } from "./message-list";

export function QuestionThread({ token, brandName, messages }: { token: string; brandName: string; messages: ThreadMessage[] }) {
  const router = useRouter();
  const [body, setBody] = useState("");
  const { run, pending, error, fieldErrors } = useAction(askQuestionAction);
  return (
    <div className="grid gap-3">
      <MessageList messages={messages} selfAuthor="influencer" names={{ brand: brandName, influencer: "You" }} empty="No questions yet." />
      {error ? <Alert tone="error">{error}</Alert> : null}
      <form
        method="post"
        className="grid gap-2"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          run([token, { body }], () => {
            setBody("");
            router.refresh();
          });
        }}
      >
        <Field label="Ask the brand a question" error={fieldErrors.body}>
          <Textarea rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
        </Field>
        <div>
          <Button type="submit" variant="secondary" disabled={pending || !body.trim()}>
            {pending ? "Sending…" : "Send question"}
          </Button>
        </div>
      </form>
    </div>
  );
}
