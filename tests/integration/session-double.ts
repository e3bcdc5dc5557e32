// Who is "signed in" for gate-level integration tests.
import type { SessionUser } from "@/lib/auth/session";

export const testSession: { current: SessionUser | null } = { current: null };

export function actAs(user: SessionUser | null): void {
  testSession.current = user;
}
