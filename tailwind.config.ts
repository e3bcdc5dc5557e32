// Loaded from app/globals.css with `@config`. Colours are CSS variables (light and dark) so
// components use semantic names: bg-background, text-muted-foreground, border-border, bg-primary…
import type { Config } from "tailwindcss";

const color = (name: string) => `var(--${name})`;

export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        background: color("background"),
        foreground: color("foreground"),
        card: { DEFAULT: color("card"), foreground: color("card-foreground") },
        muted: { DEFAULT: color("muted"), foreground: color("muted-foreground") },
        primary: { DEFAULT: color("primary"), foreground: color("primary-foreground") },
        secondary: { DEFAULT: color("secondary"), foreground: color("secondary-foreground") },
        accent: { DEFAULT: color("accent"), foreground: color("accent-foreground") },
        destructive: { DEFAULT: color("destructive"), foreground: color("destructive-foreground") },
        success: { DEFAULT: color("success"), foreground: color("success-foreground") },
        warning: { DEFAULT: color("warning"), foreground: color("warning-foreground") },
        border: color("border"),
        input: color("input"),
        ring: color("ring"),
      },
      fontFamily: {
        // The system faces (San Francisco, Roboto, Segoe UI…), no web font: a phone paints the first
        // text without waiting for one, and each page loads 28 KiB less (a preloaded Latin subset of
        // Geist cost ~0.3 s of mobile LCP in `npm run bench:pages`). They cover every script too.
        sans: ["ui-sans-serif", "system-ui", "sans-serif", "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"],
        // The system monospace face: code-like text is small and rare, not worth a web font download.
        mono: ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"],
      },
      borderRadius: { lg: "0.625rem", md: "0.5rem", sm: "0.375rem" },
    },
  },
} satisfies Config;
