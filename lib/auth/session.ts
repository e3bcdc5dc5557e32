// The signed-in user for this request, checked against the database: a deleted user or a session
// older than the user's sessionVersion (signed out everywhere, password reset) is no session.
import { cache } from "react";

import { db } from "../db";
import { auth } from "./config";

export type SessionUser = { id: string; email: string; name: string | null };

export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, sessionVersion: true } });
  if (!user || user.sessionVersion !== session.sv) return null;
  return { id: user.id, email: user.email, name: user.name };
});
