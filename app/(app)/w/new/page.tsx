import type { Metadata } from "next";

import { IntentLink } from "@/components/ui/intent-link";
import { CreateWorkspaceForm } from "@/components/workspaces/create-workspace-form";
import { listMemberships } from "@/lib/auth/membership";
import { requireUser } from "@/lib/auth/workspace-page";

export const metadata: Metadata = { title: "New workspace" };

export default async function NewWorkspacePage() {
  const user = await requireUser("/w/new");
  const workspaces = (await listMemberships(user.id)).map((m) => m.workspace);
  return (
    <div className="card-page">
      <main id="main" className="w-full max-w-md rounded-lg border bg-card p-6 shadow-sm">
        <h1 className="text-xl font-semibold">Create a workspace</h1>
        <p className="mt-1 text-sm text-muted-foreground">
          One workspace per brand. Agencies: create one for each client and invite the client with the Client role.
        </p>
        <div className="mt-5">
          <CreateWorkspaceForm />
        </div>
        {workspaces.length ? (
          <p className="mt-4 text-sm text-muted-foreground">
            Or go back to{" "}
            <IntentLink className="text-primary underline underline-offset-4" href={`/w/${workspaces[0]!.slug}`}>
              {workspaces[0]!.name}
            </IntentLink>
          </p>
        ) : null}
      </main>
    </div>
  );
}
