// Inputs of the connector settings and the "Refresh now" button, shared by forms, actions and services.
import { z } from "zod";

const id = z.string().trim().min(1).max(64);

// Access tokens and API keys: printable, no spaces (a pasted token with a line break is trimmed).
const token = z
  .string()
  .trim()
  .min(20, "Paste the whole token (it is at least 20 characters).")
  .max(2048, "That is longer than any access token.")
  .regex(/^[\x21-\x7e]+$/, "A token has no spaces or special characters; paste it again.");

const expiresAt = z
  .union([z.literal(""), z.iso.date("Enter a date such as 2027-01-31.")])
  .optional()
  .transform((v) => (v ? new Date(`${v}T00:00:00Z`) : null));

export const connectConnectorSchema = z.discriminatedUnion(
  "platform",
  [
    z.object({
      platform: z.literal("instagram"),
      authKind: z.enum(["facebook_login", "instagram_login"], { error: "Choose how the token was issued." }),
      externalId: z
        .string()
        .trim()
        .regex(/^\d{5,30}$/, "The Instagram user id is a number (the professional account's id, not the @handle)."),
      name: z
        .string()
        .trim()
        .min(1, "Enter the account's @handle.")
        .max(80, "At most 80 characters.")
        .transform((v) => v.replace(/^@/, "")),
      token,
      expiresAt,
    }),
    z.object({
      platform: z.literal("youtube"),
      authKind: z.enum(["api_key", "oauth"], { error: "Choose an API key or an OAuth token." }),
      externalId: z.literal("").optional().default(""),
      name: z.string().trim().min(1, "Give the connection a name.").max(80, "At most 80 characters."),
      token,
      expiresAt,
    }),
  ],
  { error: "Choose Instagram or YouTube." },
);
export type ConnectConnectorInput = z.output<typeof connectConnectorSchema>;

export const replaceConnectorTokenSchema = z.object({ accountId: id, token, expiresAt });
export type ReplaceConnectorTokenInput = z.output<typeof replaceConnectorTokenSchema>;

export const connectorAccountIdSchema = z.object({ accountId: id });
export const refreshPostSchema = z.object({ postId: id });
