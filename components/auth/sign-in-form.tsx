"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { IntentLink } from "@/components/ui/intent-link";
import type { FieldErrors } from "@/lib/errors";

import { postJson } from "./post-json";
import { ResendVerification } from "./verify-email";

export function SignInForm({
  next,
  defaultEmail,
  verified,
  oauth,
}: {
  next?: string;
  defaultEmail?: string;
  verified?: boolean;
  oauth: { google: boolean; github: boolean };
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Set when the password was right but the address is not confirmed yet: offer a new link.
  const [unconfirmed, setUnconfirmed] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    setUnconfirmed(null);
    const email = String(form.get("email") ?? "")
      .trim()
      .toLowerCase();
    const res = await postJson("/api/auth/sign-in", { email, password: form.get("password") });
    if (!res.ok) {
      setPending(false);
      setError(res.message);
      setFieldErrors(res.fieldErrors);
      if (res.status === 403) setUnconfirmed(email);
      return;
    }
    router.push(next ?? "/w");
    router.refresh();
  }

  return (
    <div className="grid gap-4">
      <h1 className="text-xl font-semibold">Sign in</h1>
      {verified && !error ? <Alert tone="success">Your email address is confirmed. Sign in to continue.</Alert> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {unconfirmed ? <ResendVerification email={unconfirmed} next={next} /> : null}
      <form method="post" onSubmit={onSubmit} className="grid gap-4" noValidate>
        <Field label="Email" error={fieldErrors.email}>
          <Input name="email" type="email" autoComplete="email" required defaultValue={defaultEmail} />
        </Field>
        <Field label="Password" error={fieldErrors.password}>
          <Input name="password" type="password" autoComplete="current-password" required />
        </Field>
        <Button type="submit" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {oauth.google || oauth.github ? (
        <div className="grid gap-2">
          {oauth.google ? <OAuthButton provider="google" label="Continue with Google" next={next} /> : null}
          {oauth.github ? <OAuthButton provider="github" label="Continue with GitHub" next={next} /> : null}
        </div>
      ) : null}
      <div className="flex justify-between text-sm">
        <IntentLink className="text-primary underline underline-offset-4" href="/forgot-password">
          Forgot password?
        </IntentLink>
        <IntentLink
          className="text-primary underline underline-offset-4"
          href={next ? `/sign-up?next=${encodeURIComponent(next)}` : "/sign-up"}
        >
          Create an account
        </IntentLink>
      </div>
    </div>
  );
}

function OAuthButton({ provider, label, next }: { provider: string; label: string; next?: string }) {
  return (
    <form action={`/api/auth/signin/${provider}`} method="post">
      <input type="hidden" name="callbackUrl" value={next ?? "/w"} />
      <Button type="submit" variant="outline" className="w-full">
        {label}
      </Button>
    </form>
  );
}
