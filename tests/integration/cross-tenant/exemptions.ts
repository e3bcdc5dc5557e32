// The ONE list of routes, server actions and pages that take no workspace slug, each with the reason
// and where it is tested instead. coverage.integration.test.ts fails on anything that is neither a
// case in cases/*.ts nor listed here, and on an entry here that no longer exists or is also a case.
// Keys: "<route file>" (every method) or "<route file> <METHOD>"; "<actions file>#<export>"; "<page file>".
const PORTAL = "gated by the portal invite token, not a workspace: one collaboration only (portal.integration.test.ts)";
const PORTAL_CONTRACT =
  "gated by the portal invite token: that collaboration's contract only (contract-signing.integration.test.ts: another collaboration's or workspace's token, revoked and expired links)";
const PORTAL_METRICS =
  "gated by the portal invite token: posts and numbers of that one collaboration only (post-metrics.integration.test.ts: another workspace's post or screenshot id → 404, a revoked token refused)";
const PORTAL_PAYOUTS =
  "gated by the portal invite token: the Stripe Connect account of that collaboration's creator only (billing-payouts.integration.test.ts: B's token onboards B's creator in B, a revoked token → refused with nothing created or called)";
const PORTAL_FILES =
  "gated by the portal invite token: files of that one collaboration only (storage.integration.test.ts: another workspace's or collaboration's token, revoked and expired tokens, B's file ids → 404)";

export const EXEMPT: Record<string, string> = {
  // Routes.
  "app/api/auth/[...nextauth]/route.ts": "Auth.js handlers; no workspace",
  "app/api/auth/sign-in/route.ts": "signs in a user; no workspace (e2e: needs Next's request context)",
  "app/api/auth/sign-up/route.ts":
    "creates or re-mails an unverified user; no workspace (security/sign-up-enumeration.integration.test.ts)",
  "app/api/auth/verify-email/route.ts": "confirms an address by its emailed token; no session, no workspace (security/sign-up-enumeration)",
  "app/api/auth/verify-email/resend/route.ts":
    "mails a new confirmation link by email address, the same answer for any address; no workspace (security/sign-up-enumeration)",
  "app/api/auth/password-reset/route.ts": "by email, no workspace (accounts.integration.test.ts)",
  "app/api/auth/password-reset/confirm/route.ts": "by reset token, no workspace (accounts.integration.test.ts)",
  "app/api/health/route.ts": "liveness; no workspace (health.integration.test.ts)",
  "app/api/[...path]/route.ts": "catch-all JSON 404 for unknown /api paths; reads and writes nothing (e2e not-found.spec.ts)",
  "app/api/v1/compliance/check/route.ts":
    "the public compliance API: a stateless caption check for a signed-in user (withUser) or any valid API key; reads and writes no workspace data (compliance-api.integration.test.ts, api/gate.integration.test.ts)",
  "app/api/v1/openapi.json/route.ts":
    "the public API's OpenAPI document; no session, no key, no workspace data (api/openapi.integration.test.ts)",
  "app/api/outreach/opt-out/route.ts":
    "public one-click unsubscribe: the HMAC-signed token names the workspace and email, no session (cross-tenant/outreach.integration.test.ts: a token for A never opts out of B)",
  "app/(portal)/i/[token]/route.ts": PORTAL,
  "app/r/[code]/route.ts":
    "public tracking-link redirect by a global random code; no session, no workspace, answers only a Location (tracking.integration.test.ts: unknown codes 404 without a write)",
  "app/api/webhooks/shopify/[token]/route.ts":
    "a store's webhook: the random token in the URL names one connection and the HMAC under its sealed secret is the credential; no session (conversions.integration.test.ts: bad signature 401 with no write, unknown/disconnected/other-kind tokens 404, another workspace's click id and code attribute nothing)",
  "app/api/webhooks/woocommerce/[token]/route.ts":
    "a store's webhook, as the Shopify one: token + HMAC, no session (conversions.integration.test.ts: bad signature 401 with no write, the creation ping writes nothing)",
  "app/api/webhooks/stripe/route.ts":
    "Stripe's webhook: the Stripe-Signature over the raw body is the credential and the event's customer id names the workspace (only one we created); no session (billing-webhooks.integration.test.ts: bad or stale signature 400 with no write, unknown customer recorded and ignored, a checkout naming another workspace ignored)",
  "app/(portal)/i/[token]/files/route.ts": PORTAL_FILES,
  "app/(portal)/i/[token]/payouts/route.ts": PORTAL_PAYOUTS,
  "app/(portal)/i/[token]/insights/route.ts": PORTAL_METRICS,
  "app/(portal)/i/[token]/files/[fileId]/route.ts": PORTAL_FILES,
  "app/(public)/reports/[token]/logo/route.ts":
    "a shared client report's workspace logo, gated by the share link's token alone (no session): that workspace's logo only (workspace-logo.integration.test.ts: another workspace's token gives its own logo; unknown and revoked tokens → the same 404)",
  "app/(public)/reports/[token]/pdf/route.ts":
    "a shared client report's PDF, gated by the share link's token alone (no session): that one report only (reports.integration.test.ts: another workspace's token opens only its own report; unknown, expired and revoked tokens → the same 404)",
  "app/(portal)/i/[token]/contract.pdf/route.ts":
    "gated by the portal invite token: the executed PDF of that one collaboration only (contracts-seal.integration.test.ts: a wrong token, another collaboration's token, a revoked token → 404)",

  // Server actions.
  "app/(app)/actions/workspaces.ts#createWorkspaceAction":
    "creates a new workspace for the caller; there is no existing tenant to cross (workspaces.integration.test.ts)",
  "app/(app)/actions/members.ts#acceptInvitationAction":
    "scoped by the invitation token (the credential) and the invited email, not by a slug or id (workspaces.integration.test.ts)",
  "app/(app)/actions/account.ts#signOutEverywhereAction": "acts only on the signed-in user's own account (accounts.integration.test.ts)",
  "app/(app)/actions/account.ts#changePasswordAction": "acts only on the signed-in user's own account (accounts.integration.test.ts)",
  "app/(app)/actions/account.ts#signOutAction":
    "Auth.js sign-out of the caller's own session (security/session-revocation.integration.test.ts signs out through Auth.js)",
  "app/(app)/actions/account.ts#revokeSessionAction":
    "ends one of the signed-in user's own sessions; another user's session id is NOT_FOUND (accounts.integration.test.ts, security/session-revocation)",
  "app/(portal)/actions.ts#respondToInviteAction": PORTAL,
  "app/(portal)/actions.ts#askQuestionAction": PORTAL,
  "app/(portal)/actions.ts#acknowledgeBriefAction": PORTAL,
  "app/(portal)/actions.ts#saveDraftAction": PORTAL,
  "app/(portal)/actions.ts#submitLiveUrlAction": PORTAL,
  "app/(portal)/i/[token]/contract/actions.ts#giveContractConsentAction": PORTAL_CONTRACT,
  "app/(portal)/i/[token]/contract/actions.ts#signContractAction": PORTAL_CONTRACT,
  "app/(portal)/i/[token]/contract/actions.ts#declineContractAction": PORTAL_CONTRACT,
  "app/(portal)/i/[token]/contract/actions.ts#requestContractChangesAction": PORTAL_CONTRACT,
  "app/(portal)/i/[token]/contract/actions.ts#sendSigningCodeAction":
    "gated by the portal invite token: the code of that collaboration's contract only (contract-signing-code.integration.test.ts: another collaboration's or workspace's token → NOT_FOUND, nothing sent or counted)",
  "app/(portal)/rights/actions.ts#enterAdCodeAction":
    "gated by the portal invite token: codes of that one collaboration only (contracts-rights.integration.test.ts: revoked link refused, another collaboration's code id is NOT_FOUND)",
  "app/(portal)/rights/actions.ts#withdrawAdCodeAction":
    "gated by the portal invite token: codes of that one collaboration only (contracts-rights.integration.test.ts: another collaboration's code id is NOT_FOUND)",
  "app/(portal)/metrics/actions.ts#addPortalPostAction": PORTAL_METRICS,
  "app/(portal)/metrics/actions.ts#submitPortalMetricsAction": PORTAL_METRICS,
  "app/(portal)/payouts/actions.ts#startPayoutOnboardingAction": PORTAL_PAYOUTS,
  "app/(portal)/seeding/actions.ts#saveShippingAddressAction":
    "gated by the portal invite token: that one collaboration's address only (contracts-payments.integration.test.ts: revoked and foreign tokens)",
  "app/(portal)/seeding/actions.ts#confirmReceiptAction":
    "gated by the portal invite token: that one collaboration only (contracts-payments.integration.test.ts: revoked and foreign tokens)",

  // Pages.
  "app/(portal)/i/[token]/portal/page.tsx": PORTAL,
  "app/(portal)/i/[token]/contract/page.tsx": PORTAL_CONTRACT,
};
