// Who is "signed in" for gate-level integration tests.
import type { SessionUser } from "@/lib/auth/session";

export const testSession: { current: SessionUser | null; sessionId: string } = { current: null, sessionId: "test-session" };

/** Acts as `user`; `sessionId` names the UserSession the double reports as this request's own. */
export function actAs(user: SessionUser | null, sessionId = "test-session"): void {
  testSession.current = user;
  testSession.sessionId = sessionId;
}
