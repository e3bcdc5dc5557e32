"use client";

// Sets the theme class before first paint (no flash): the saved choice, else the system setting.
// Only the server-rendered HTML needs it — the browser runs it once, before hydration. Rendering it
// on the client too would do nothing but make React warn ("Encountered a script tag…"), which it
// does whenever the root layout is rendered in the browser, as it is for every 404 page.
const THEME_SCRIPT = `try{var t=localStorage.getItem("theme");if(t==="dark"||(!t&&matchMedia("(prefers-color-scheme: dark)").matches))document.documentElement.classList.add("dark")}catch(e){}`;

export function ThemeScript() {
  if (typeof window !== "undefined") return null;
  return <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}
