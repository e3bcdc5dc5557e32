"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { inviteMemberAction } from "@/app/(app)/actions/members";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect } from "@/components/ui/input";
import type { Role } from "@/lib/auth/permissions";

import { UpgradeHint } from "../billing/upgrade-hint";
import { CopyButton } from "./copy-button";
import { useAction } from "./use-action";

type RoleOption = { value: Role; label: string; description: string };

export function InviteForm({ slug, roles }: { slug: string; roles: RoleOption[] }) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>(roles.find((r) => r.value === "member")?.value ?? roles[0]!.value);
  const [sent, setSent] = useState<{ email: string; url: string } | null>(null);
  const { run, pending, error, code, fieldErrors } = useAction(inviteMemberAction, { email: "Email", role: "Role" });
  const selected = roles.find((r) => r.value === role);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Invite a teammate</CardTitle>
        <CardDescription>They get an email with a link that works once, for 7 days, and only for that address.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        {error ? <Alert tone="error">{error}</Alert> : null}
        <UpgradeHint slug={slug} code={code} />
        {sent ? (
          <Alert tone="success">
            <div className="grid gap-2">
              <span>Invitation sent to {sent.email}. You can also share the link yourself:</span>
              <div className="flex items-center gap-2">
                <code
                  className="min-w-0 flex-1 truncate rounded bg-background px-2 py-1 font-mono text-xs text-foreground"
                  data-testid="invite-url"
                >
                  {sent.url}
                </code>
                <CopyButton text={sent.url} label="Copy invite link" />
              </div>
            </div>
          </Alert>
        ) : null}
        <form
          method="post"
          className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-start"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            run([slug, { email, role }], (data) => {
              setSent({ email, url: data.url });
              setEmail("");
              router.refresh();
            });
          }}
        >
          <Field label="Email" error={fieldErrors.email}>
            <Input type="email" value={email} onChange={(e) => setEmail(e.target.value)} placeholder="name@company.com" required />
          </Field>
          <Field label="Role" hint={selected?.description} error={fieldErrors.role}>
            <NativeSelect value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {roles.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Button type="submit" className="sm:mt-[1.375rem]" disabled={pending || !email}>
            {pending ? "Sending…" : "Send invitation"}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
