"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { changePasswordAction, revokeSessionAction, signOutEverywhereAction } from "@/app/(app)/actions/account";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

import { useAction } from "./use-action";

export type SessionRow = { id: string; device: string; ip: string | null; current: boolean; signedIn: string; lastActive: string };

export function AccountSecurity({ sessions }: { sessions: SessionRow[] }) {
  const router = useRouter();
  const everywhere = useAction(signOutEverywhereAction);
  const revoke = useAction(revokeSessionAction);
  const change = useAction(changePasswordAction, { currentPassword: "Current password", newPassword: "New password" });
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  return (
    <>
      <Card>
        <CardHeader>
          <CardTitle>Change password</CardTitle>
          <CardDescription>Changing your password signs you out everywhere, including here.</CardDescription>
        </CardHeader>
        <CardContent>
          <form
            method="post"
            className="grid gap-3"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              change.run([{ currentPassword: current, newPassword: next }], () => router.push("/sign-in"));
            }}
          >
            {change.error ? <Alert tone="error">{change.error}</Alert> : null}
            <Field label="Current password" error={change.fieldErrors.currentPassword}>
              <Input type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
            </Field>
            <Field label="New password" hint="At least 8 characters; common passwords are refused." error={change.fieldErrors.newPassword}>
              <Input type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} />
            </Field>
            <div>
              <Button type="submit" disabled={change.pending || !current || !next}>
                Change password
              </Button>
            </div>
          </form>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Where you&apos;re signed in</CardTitle>
          <CardDescription>
            Every browser and device signed in to your account. Signing one out ends its session at once, even if someone copied it.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          {revoke.error ? <Alert tone="error">{revoke.error}</Alert> : null}
          {everywhere.error ? <Alert tone="error">{everywhere.error}</Alert> : null}
          <ul className="grid divide-y rounded-md border" aria-label="Active sessions">
            {sessions.map((s) => (
              <li key={s.id} data-testid="session-row" className="flex flex-wrap items-center justify-between gap-3 px-3 py-2.5">
                <div className="min-w-0">
                  <p className="flex flex-wrap items-center gap-2 text-sm font-medium">
                    {s.device}
                    {s.current ? <Badge variant="success">This device</Badge> : null}
                  </p>
                  <p className="text-xs text-muted-foreground">
                    {s.lastActive} · signed in {s.signedIn}
                    {s.ip ? ` · ${s.ip}` : ""}
                  </p>
                </div>
                <Button
                  variant="outline"
                  size="sm"
                  disabled={revoke.pending}
                  aria-label={s.current ? "Sign out this device" : `Sign out ${s.device}, signed in ${s.signedIn}`}
                  onClick={() =>
                    revoke.run([{ sessionId: s.id }], (data) => {
                      if (data.signedOutHere) router.push("/sign-in");
                      else router.refresh();
                    })
                  }
                >
                  {s.current ? "Sign out this device" : "Sign out"}
                </Button>
              </li>
            ))}
          </ul>
          <div>
            <Button variant="outline" disabled={everywhere.pending} onClick={() => everywhere.run([{}], () => router.push("/sign-in"))}>
              Sign out of all devices
            </Button>
          </div>
        </CardContent>
      </Card>
    </>
  );
}
