"use client";

import { useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { IntentLink } from "@/components/ui/intent-link";
import type { FieldErrors } from "@/lib/errors";

import { postJson } from "./post-json";
import { CheckYourEmail } from "./verify-email";

export function SignUpForm({ next, defaultEmail }: { next?: string; defaultEmail?: string }) {
  const [sent, setSent] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    const email = String(form.get("email") ?? "")
      .trim()
      .toLowerCase();
    const res = await postJson("/api/auth/sign-up", {
      name: form.get("name"),
      email,
      password: form.get("password"),
      next: next ?? null,
    });
    setPending(false);
    if (!res.ok) {
      setError(res.message);
      setFieldErrors(res.fieldErrors);
      return;
    }
    setSent(email);
  }

  if (sent) return <CheckYourEmail email={sent} next={next} />;

  return (
    <div className="grid gap-4">
      <h1 className="text-xl font-semibold">Create your account</h1>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <form method="post" onSubmit={onSubmit} className="grid gap-4" noValidate>
        <Field label="Your name" error={fieldErrors.name}>
          <Input name="name" autoComplete="name" required />
        </Field>
        <Field label="Work email" error={fieldErrors.email}>
          <Input name="email" type="email" autoComplete="email" required defaultValue={defaultEmail} />
        </Field>
        <Field label="Password" hint="At least 8 characters; common passwords are refused." error={fieldErrors.password}>
          <Input name="password" type="password" autoComplete="new-password" required minLength={8} maxLength={128} />
        </Field>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating account…" : "Create account"}
        </Button>
      </form>
      <p className="text-sm text-muted-foreground">
        Already have an account?{" "}
        <IntentLink
          className="text-primary underline underline-offset-4"
          href={next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"}
        >
          Sign in
        </IntentLink>
      </p>
    </div>
  );
}
