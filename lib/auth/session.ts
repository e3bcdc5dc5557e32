// The signed-in user for this request, checked against the database in one indexed read: the JWT's
// session id ("sid") must name a live UserSession of that user (not signed out, not revoked, not
// expired) and the user's sessionVersion must match. A deleted user, a signed-out or revoked session
// (even a copied cookie) and a token from before a password reset are no session.
import { cache } from "react";

import { auth } from "./config";
import { findLiveSession, touchSession } from "./sessions";

export type SessionUser = { id: string; email: string; name: string | null };
export type CurrentSession = {
  user: SessionUser;
  sessionId: string;
  /** The workspace the user opened last, as of this request: the workspace layout writes it only when it changes. */
  lastWorkspaceId?: string | null;
};

export const getCurrentSession = cache(async (): Promise<CurrentSession | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  const sessionId = session?.sid;
  if (!userId || !sessionId) return null;
  const live = await findLiveSession({ sessionId, userId, sessionVersion: session.sv });
  if (!live) return null;
  await touchSession(sessionId, live.lastSeenAt);
  return { user: live.user, sessionId, lastWorkspaceId: live.lastWorkspaceId };
});

export const getSessionUser = cache(async (): Promise<SessionUser | null> => (await getCurrentSession())?.user ?? null);
