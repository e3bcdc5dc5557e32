import { redirect } from "next/navigation";

import { requireUser } from "@/lib/auth/workspace-page";
import { homeWorkspaceSlug } from "@/lib/workspaces/crud";

// /w: the last workspace used, or onboarding when the user has none.
export default async function WorkspaceHome() {
  const user = await requireUser("/w");
  const slug = await homeWorkspaceSlug(user.id);
  redirect(slug ? `/w/${slug}` : "/w/new");
}
