"use client";

// Sets the theme class before first paint (no flash): the saved choice, else the system setting.
// The server-rendered HTML carries it as an inline script the browser runs before hydration. A page
// the browser renders from scratch (every 404: Next sends an empty shell and renders on the client)
// never ran it, and a <script> rendered by React on the client never runs (React logs an error for
// it), so there the same rule is applied in a layout effect, before that page is painted.
import { useLayoutEffect } from "react";

const THEME_SCRIPT = `try{var t=localStorage.getItem("theme");if(t==="dark"||(!t&&matchMedia("(prefers-color-scheme: dark)").matches))document.documentElement.classList.add("dark")}catch(e){}`;

function applyTheme() {
  try {
    const t = localStorage.getItem("theme");
    if (t === "dark" || (!t && matchMedia("(prefers-color-scheme: dark)").matches)) document.documentElement.classList.add("dark");
  } catch {
    /* storage unavailable: keep the light theme */
  }
}

/** `nonce`: the request's CSP nonce (proxy.ts), without which the browser refuses the inline script. */
export function ThemeScript({ nonce }: { nonce?: string }) {
  useLayoutEffect(applyTheme, []);
  if (typeof window !== "undefined") return null;
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}
