import { z } from "zod";

import { passwordSchema } from "../auth/password";
import { emailSchema } from "../validation";

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Tell us your name").max(80, "Use at most 80 characters"),
  email: emailSchema,
  password: passwordSchema,
  // Where to go after confirming the address (carried in the emailed link; /sign-in vets it again).
  next: z.string().max(512).nullish(),
});
export const signInSchema = z.object({ email: emailSchema, password: z.string().min(1, "Enter your password").max(1024) });
export const requestResetSchema = z.object({ email: emailSchema });
export const resetPasswordSchema = z.object({ token: z.string().min(1).max(128), password: passwordSchema });
export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password").max(1024),
  newPassword: passwordSchema,
});
export const verifyEmailSchema = z.object({ token: z.string().min(1).max(128) });
export const resendVerificationSchema = z.object({ email: emailSchema, next: z.string().max(512).nullish() });
export const revokeSessionSchema = z.object({ sessionId: z.string().min(1).max(64) });
