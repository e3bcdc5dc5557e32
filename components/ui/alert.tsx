import type { ComponentProps } from "react";

import { cn } from "./cn";

const tones = { info: "alert-info", error: "alert-error", success: "alert-success", warning: "alert-warning" };

export function Alert({ tone = "info", className, ...props }: ComponentProps<"div"> & { tone?: keyof typeof tones }) {
  return <div role={tone === "error" ? "alert" : "status"} className={cn("alert", tones[tone], className)} {...props} />;
}
