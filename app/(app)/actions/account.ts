"use server";

// Server actions for the signed-in user's own account.
import { changePassword, signOutEverywhere } from "@/lib/accounts/credentials";
import { changePasswordSchema } from "@/lib/accounts/schemas";
import { signOut } from "@/lib/auth/config";
import { userAction } from "@/lib/auth/workspace-action";
import { enforceRateLimits, RATE_LIMITS } from "@/lib/rate-limit";
import { noInputSchema } from "@/lib/validation";

export const signOutEverywhereAction = userAction(noInputSchema, async (_input, { user }) => {
  await signOutEverywhere(user.id);
  return { done: true };
});

export const changePasswordAction = userAction(changePasswordSchema, async (input, { user }) => {
  // Guessing the current password from a live session is rate limited like sign-in.
  await enforceRateLimits([[RATE_LIMITS.signInEmail, user.email]]);
  await changePassword({ userId: user.id, currentPassword: input.currentPassword, newPassword: input.newPassword });
  return { done: true };
});

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
