import type { ComponentProps } from "react";

import { cn } from "./cn";

/** Each tone is a class of its own in app/globals.css: `alert-info`, `alert-error` and so on. */
type Tone = "info" | "error" | "success" | "warning";

export function Alert({ tone = "info", className, ...props }: ComponentProps<"div"> & { tone?: Tone }) {
  return <div role={tone === "error" ? "alert" : "status"} className={cn("alert", `alert-${tone}`, className)} {...props} />;
}
