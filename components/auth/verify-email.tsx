"use client";

// Email confirmation: the "check your email" panel (after sign-up, or a sign-in refused for an
// unconfirmed address) with "send the link again", and the confirm step the emailed link opens.
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { IntentLink } from "@/components/ui/intent-link";

import { postJson } from "./post-json";

export function ResendVerification({ email, next }: { email: string; next?: string }) {
  const [state, setState] = useState<{ pending: boolean; done?: string; error?: string }>({ pending: false });
  async function resend() {
    setState({ pending: true });
    const res = await postJson<{ message: string }>("/api/auth/verify-email/resend", { email, next: next ?? null });
    setState(res.ok ? { pending: false, done: res.data.message } : { pending: false, error: res.message });
  }
  return (
    <div className="grid gap-2">
      {state.done ? <Alert tone="success">{state.done}</Alert> : null}
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      <div>
        <Button type="button" variant="outline" disabled={state.pending} onClick={resend}>
          {state.pending ? "Sending…" : "Send the link again"}
        </Button>
      </div>
    </div>
  );
}

export function CheckYourEmail({ email, next }: { email: string; next?: string }) {
  return (
    <div className="grid gap-4" role="status">
      <h1 className="text-xl font-semibold">Check your email</h1>
      <p className="text-sm text-muted-foreground">
        We wrote to <strong className="text-foreground">{email}</strong>. Open the link in that email to confirm your address, then sign in.
        It can take a minute to arrive; check your spam folder too.
      </p>
      <ResendVerification email={email} next={next} />
      <IntentLink
        className="text-sm text-primary underline underline-offset-4"
        href={next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"}
      >
        Back to sign in
      </IntentLink>
    </div>
  );
}

export function ConfirmEmail({ token, next }: { token: string; next?: string }) {
  const router = useRouter();
  const [state, setState] = useState<{ pending: boolean; error?: string }>({ pending: false });
  async function confirm() {
    setState({ pending: true });
    const res = await postJson<{ email: string }>("/api/auth/verify-email", { token });
    if (!res.ok) return setState({ pending: false, error: res.message });
    const params = new URLSearchParams({ email: res.data.email, verified: "1" });
    if (next) params.set("next", next);
    router.push(`/sign-in?${params}`);
  }
  return (
    <div className="grid gap-4">
      <h1 className="text-xl font-semibold">Confirm your email address</h1>
      {state.error ? (
        <>
          <Alert tone="error">{state.error}</Alert>
          <IntentLink className="text-sm text-primary underline underline-offset-4" href="/sign-in">
            Go to sign in
          </IntentLink>
        </>
      ) : (
        <>
          <p className="text-sm text-muted-foreground">One click and your account is ready. You&apos;ll then sign in with your password.</p>
          <Button type="button" disabled={state.pending} onClick={confirm}>
            {state.pending ? "Confirming…" : "Confirm email address"}
          </Button>
        </>
      )}
    </div>
  );
}
