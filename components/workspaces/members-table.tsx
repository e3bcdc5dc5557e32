"use client";

import { useRouter } from "next/navigation";

import { changeRoleAction, removeMemberAction, revokeInvitationAction } from "@/app/(app)/actions/members";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { NativeSelect } from "@/components/ui/input";
import type { Role } from "@/lib/auth/permissions";

import { useAction } from "./use-action";

type RoleOption = { value: Role; label: string; description: string };
type Member = { userId: string; email: string; name: string | null; role: Role; joinedAt: string };

export function MembersTable({
  slug,
  members,
  currentUserId,
  canManage,
  roles,
  allRoles,
}: {
  slug: string;
  members: Member[];
  currentUserId: string;
  canManage: boolean;
  roles: RoleOption[];
  allRoles: RoleOption[];
}) {
  const router = useRouter();
  const change = useAction(changeRoleAction);
  const remove = useAction(removeMemberAction);
  const labelOf = (r: Role) => allRoles.find((x) => x.value === r)?.label ?? r;
  const error = change.error ?? remove.error;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Members ({members.length})</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3">
        {error ? <Alert tone="error">{error}</Alert> : null}
        <ul className="divide-y" aria-label="Members">
          {members.map((m) => {
            const editable = canManage && m.userId !== currentUserId && roles.some((r) => r.value === m.role);
            return (
              <li key={m.userId} className="flex flex-wrap items-center gap-3 py-3" data-testid="member-row">
                <div className="min-w-0 flex-1">
                  <p className="truncate font-medium">
                    {m.name ?? m.email} {m.userId === currentUserId ? <span className="text-xs text-muted-foreground">(you)</span> : null}
                  </p>
                  <p className="truncate text-sm text-muted-foreground">{m.email}</p>
                </div>
                {editable ? (
                  <>
                    <label className="sr-only" htmlFor={`role-${m.userId}`}>
                      Role of {m.email}
                    </label>
                    <NativeSelect
                      id={`role-${m.userId}`}
                      className="w-36"
                      value={m.role}
                      disabled={change.pending}
                      onChange={(e) => change.run([slug, { userId: m.userId, role: e.target.value as Role }], () => router.refresh())}
                    >
                      {roles.map((r) => (
                        <option key={r.value} value={r.value}>
                          {r.label}
                        </option>
                      ))}
                    </NativeSelect>
                    <Button
                      variant="ghost"
                      size="sm"
                      disabled={remove.pending}
                      onClick={() => {
                        if (confirm(`Remove ${m.email} from this workspace?`))
                          remove.run([slug, { userId: m.userId }], () => router.refresh());
                      }}
                    >
                      Remove
                    </Button>
                  </>
                ) : (
                  <Badge data-testid="member-role">{labelOf(m.role)}</Badge>
                )}
              </li>
            );
          })}
        </ul>
      </CardContent>
    </Card>
  );
}

export function PendingInvitations({
  slug,
  invitations,
  roleLabels,
}: {
  slug: string;
  /** `expiresOn`: the expiry's day as shown ("Dec 14, 2026"), formatted by the page in the workspace's zone. */
  invitations: { id: string; email: string; role: Role; expiresOn: string }[];
  roleLabels: Record<Role, string>;
}) {
  const router = useRouter();
  const revoke = useAction(revokeInvitationAction);
  if (!invitations.length) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Pending invitations</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3">
        {revoke.error ? <Alert tone="error">{revoke.error}</Alert> : null}
        <ul className="divide-y">
          {invitations.map((i) => (
            <li key={i.id} className="flex flex-wrap items-center gap-3 py-3">
              <div className="min-w-0 flex-1">
                <p className="truncate font-medium">{i.email}</p>
                <p className="text-sm text-muted-foreground">
                  {roleLabels[i.role]} · expires {i.expiresOn}
                </p>
              </div>
              <Button
                variant="ghost"
                size="sm"
                disabled={revoke.pending}
                onClick={() => revoke.run([slug, { invitationId: i.id }], () => router.refresh())}
              >
                Revoke
              </Button>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
