"use client";

// The workspace's destination allowlist: links may only point to these hosts (empty = any).
import { useRouter } from "next/navigation";
import { useState } from "react";

import { saveAllowedDomainsAction } from "@/app/(app)/actions/tracking";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";

export function AllowedDomainsForm({ slug, domains }: { slug: string; domains: string[] }) {
  const router = useRouter();
  const [value, setValue] = useState(domains.join("\n"));
  const [saved, setSaved] = useState(false);
  const save = useAction(saveAllowedDomainsAction, { domains: "Allowed destination domains" });
  return (
    <Card className="mt-6">
      <CardHeader>
        <CardTitle>Allowed destinations</CardTitle>
        <CardDescription>
          Links may only send people to these domains. One per line: <code>shop.example</code> is that host only,{" "}
          <code>*.shop.example</code> also its subdomains. Empty: any http(s) address.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form
          method="post"
          className="grid gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            setSaved(false);
            save.run([slug, { domains: value }], () => {
              setSaved(true);
              router.refresh();
            });
          }}
        >
          {save.error ? <Alert tone="error">{save.error}</Alert> : null}
          {saved ? <Alert tone="success">Saved.</Alert> : null}
          <Field label="Allowed destination domains" error={save.fieldErrors.domains}>
            <Textarea rows={3} value={value} onChange={(e) => setValue(e.target.value)} placeholder={"shop.example\n*.brand.example"} />
          </Field>
          <div>
            <Button size="sm" type="submit" disabled={save.pending}>
              Save
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
