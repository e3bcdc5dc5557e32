"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { changePasswordAction, signOutEverywhereAction } from "@/app/(app)/actions/account";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

import { useAction } from "./use-action";

export function AccountSecurity() {
  const router = useRouter();
  const everywhere = useAction(signOutEverywhereAction);
  const change = useAction(changePasswordAction);
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
          <CardTitle>Sign out of all devices</CardTitle>
          <CardDescription>Ends every session of your account, on every browser and device, at its next request.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-3">
          {everywhere.error ? <Alert tone="error">{everywhere.error}</Alert> : null}
          <div>
            <Button variant="outline" disabled={everywhere.pending} onClick={() => everywhere.run([{}], () => router.push("/sign-in"))}>
              Sign out everywhere
            </Button>
          </div>
        </CardContent>
      </Card>
    </>
  );
}
