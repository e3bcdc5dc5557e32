/**
 * Inputs of the signing services: the influencer's (through the portal, whose token is a separate
 * argument and never part of these) and the brand's countersignature and void.
 */
import { z } from "zod";

/** The longest drawn signature accepted, as a data URL (≈ 110 KB of PNG): a signature pad's canvas is far smaller. */
export const MAX_DRAWN_SIGNATURE_CHARS = 150_000;
const PNG_DATA_URL_PREFIX = "data:image/png;base64,";
// Every PNG starts with the bytes 89 50 4E 47 0D 0A 1A 0A, which in base64 begin "iVBORw0KGgo".
const PNG_BASE64_MAGIC = "iVBORw0KGgo";

/** A typed legal name: trimmed, and not empty once trimmed. */
export const typedNameSchema = z
  .string()
  .trim()
  .min(1, "Type your full legal name")
  .max(200, "Keep the name under 200 characters")
  // Control characters would make the audit trail and the PDF say something else than what was typed.
  .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), "Use letters, spaces and punctuation only");

/** An optional drawn signature: a PNG data URL (what a canvas gives), size-capped; "" means none. */
export const drawnSignatureSchema = z
  .union([z.literal("").transform(() => null), z.null(), z.string()])
  .default(null)
  .refine((v) => v === null || v.length <= MAX_DRAWN_SIGNATURE_CHARS, "The drawing is too large; clear it and draw again, or leave it out")
  .refine(
    (v) =>
      v === null ||
      (v.startsWith(PNG_DATA_URL_PREFIX + PNG_BASE64_MAGIC) && /^[A-Za-z0-9+/]+={0,2}$/.test(v.slice(PNG_DATA_URL_PREFIX.length))),
    "The drawing could not be read; clear it and draw again, or leave it out",
  );

/** The emailed one-time code: six digits (spaces typed between them are ignored); "" means none. */
const signingCodeSchema = z
  .string()
  .transform((v) => v.replace(/\s+/g, ""))
  .pipe(z.union([z.literal("").transform(() => null), z.string().regex(/^\d{6}$/, "Enter the 6-digit code from the email")]));

export const sendSigningCodeSchema = z.object({ version: z.number().int().min(1) });
export type SendSigningCodeInput = z.infer<typeof sendSigningCodeSchema>;

const agree = z.literal(true, { error: "Tick “I agree and sign” to sign" });

export const giveConsentSchema = z.object({
  /** The version whose disclosure the influencer read (its hash goes in the audit trail). */
  version: z.number().int().min(1),
  agree: z.literal(true, { error: "Tick the box to agree to electronic records and signatures" }),
});
export type GiveConsentInput = z.infer<typeof giveConsentSchema>;

export const signContractSchema = z.object({
  /** The version on the signer's screen: refused when it is no longer the current one. */
  version: z.number().int().min(1),
  typedName: typedNameSchema,
  drawnSignature: drawnSignatureSchema,
  agree,
  /** Required when the terms say the influencer is a minor: the guardian signs too. */
  guardian: z.object({ typedName: typedNameSchema, drawnSignature: drawnSignatureSchema, agree }).nullable().default(null),
  /** The emailed one-time code, when the workspace asks for one (signing-code.ts); "" means none. */
  code: signingCodeSchema.nullable().default(null),
});
export type SignContractInput = z.infer<typeof signContractSchema>;

export const declineContractSchema = z.object({
  version: z.number().int().min(1),
  reason: z.string().trim().min(1, "Tell the brand why (one line is enough)").max(2_000, "Keep it under 2,000 characters"),
});
export type DeclineContractInput = z.infer<typeof declineContractSchema>;

export const requestChangesSchema = z.object({
  version: z.number().int().min(1),
  message: z.string().trim().min(1, "Say what you would like changed").max(5_000, "Keep it under 5,000 characters"),
});
export type RequestChangesInput = z.infer<typeof requestChangesSchema>;

export const countersignSchema = z.object({
  contractId: z.string().min(1).max(64),
  /** The version the member read: refused when it is no longer the current one. */
  version: z.number().int().min(1),
  typedName: typedNameSchema,
  confirm: z.literal(true, { error: "Tick the box to countersign" }),
});
export type CountersignInput = z.infer<typeof countersignSchema>;

export const voidContractSchema = z.object({
  contractId: z.string().min(1).max(64),
  reason: z.string().trim().min(1, "Say why the contract is voided").max(2_000, "Keep it under 2,000 characters"),
});
export type VoidContractInput = z.infer<typeof voidContractSchema>;
