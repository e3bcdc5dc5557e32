import { clsx, type ClassValue } from "clsx";

/**
 * Joins class names (strings, arrays, `cond && "class"`). It does not merge: two utilities for the same
 * property would both stay, and the stylesheet's order would decide. The primitives' own looks are
 * component classes (app/globals.css, `@layer components`) that any utility overrides, so the
 * classes to write for a state are the ones that hold in that state: `active ? "a" : "b"`, or a
 * variant such as `aria-[current=page]:text-foreground`.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
