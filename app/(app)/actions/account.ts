"use server";

// Server actions for the signed-in user's own account.
import { changePassword, signOutEverywhere } from "@/lib/accounts/credentials";
import { changePasswordSchema, revokeSessionSchema } from "@/lib/accounts/schemas";
import { signOut } from "@/lib/auth/config";
import { getCurrentSession } from "@/lib/auth/session";
import { revokeSession } from "@/lib/auth/sessions";
import { userAction } from "@/lib/auth/workspace-action";
import { enforceRateLimits, RATE_LIMITS } from "@/lib/rate-limit";
import { noInputSchema } from "@/lib/validation";

export const signOutEverywhereAction = userAction(noInputSchema, async (_input, { user }) => {
  await signOutEverywhere(user.id);
  return { done: true };
});

/** "Sign out" next to one of the user's sessions; for this browser's own session it also clears the cookie. */
export const revokeSessionAction = userAction(revokeSessionSchema, async (input, { user }) => {
  const current = await getCurrentSession();
  await revokeSession({ userId: user.id, sessionId: input.sessionId });
  const signedOutHere = current?.sessionId === input.sessionId;
  if (signedOutHere) await signOut({ redirect: false });
  return { signedOutHere };
});

export const changePasswordAction = userAction(changePasswordSchema, async (input, { user }) => {
  // Guessing the current password from a live session is rate limited like sign-in.
  await enforceRateLimits([[RATE_LIMITS.signInEmail, user.email]]);
  await changePassword({ userId: user.id, currentPassword: input.currentPassword, newPassword: input.newPassword });
  return { done: true };
});

/** Sign out of this browser: Auth.js clears the cookie and events.signOut revokes the session row. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
