"use client";

import { useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { IntentLink } from "@/components/ui/intent-link";
import type { FieldErrors } from "@/lib/errors";

import { postJson } from "./post-json";

export function ForgotPasswordForm() {
  const [state, setState] = useState<{ pending: boolean; done?: string; error?: string; fieldErrors: FieldErrors }>({
    pending: false,
    fieldErrors: {},
  });
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setState({ pending: true, fieldErrors: {} });
    const res = await postJson<{ message: string }>("/api/auth/password-reset", { email: form.get("email") });
    setState(
      res.ok
        ? { pending: false, done: res.data.message, fieldErrors: {} }
        : { pending: false, error: res.message, fieldErrors: res.fieldErrors },
    );
  }
  return (
    <div className="grid gap-4">
      <h1 className="text-xl font-semibold">Reset your password</h1>
      {state.done ? <Alert tone="success">{state.done}</Alert> : null}
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      <form method="post" onSubmit={onSubmit} className="grid gap-4" noValidate>
        <Field label="Email" error={state.fieldErrors.email}>
          <Input name="email" type="email" autoComplete="email" required />
        </Field>
        <Button type="submit" disabled={state.pending}>
          {state.pending ? "Sending…" : "Email me a reset link"}
        </Button>
      </form>
      <IntentLink className="text-sm text-primary underline underline-offset-4" href="/sign-in">
        Back to sign in
      </IntentLink>
    </div>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, setState] = useState<{ pending: boolean; done?: boolean; error?: string; fieldErrors: FieldErrors }>({
    pending: false,
    fieldErrors: {},
  });
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setState({ pending: true, fieldErrors: {} });
    const res = await postJson("/api/auth/password-reset/confirm", { token, password: form.get("password") });
    setState(
      res.ok ? { pending: false, done: true, fieldErrors: {} } : { pending: false, error: res.message, fieldErrors: res.fieldErrors },
    );
  }
  if (state.done) {
    return (
      <div className="grid gap-4">
        <h1 className="text-xl font-semibold">Password changed</h1>
        <Alert tone="success">Your password is changed and every other session has been signed out.</Alert>
        <IntentLink className="text-sm text-primary underline underline-offset-4" href="/sign-in">
          Sign in with your new password
        </IntentLink>
      </div>
    );
  }
  return (
    <div className="grid gap-4">
      <h1 className="text-xl font-semibold">Choose a new password</h1>
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      <form method="post" onSubmit={onSubmit} className="grid gap-4" noValidate>
        <Field label="New password" hint="At least 8 characters; common passwords are refused." error={state.fieldErrors.password}>
          <Input name="password" type="password" autoComplete="new-password" required minLength={8} />
        </Field>
        <Button type="submit" disabled={state.pending}>
          {state.pending ? "Saving…" : "Set new password"}
        </Button>
      </form>
    </div>
  );
}
