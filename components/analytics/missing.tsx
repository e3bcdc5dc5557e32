// A figure that cannot be computed: "—" with its reason beside it, never a 0.
export function Missing({ reason, className }: { reason?: string | null; className?: string }) {
  return (
    <span className={className}>
      <span aria-hidden="true">—</span>
      <span className="sr-only">not available</span>
      {reason ? <span className="ml-1 text-xs font-normal text-muted-foreground">({reason})</span> : null}
    </span>
  );
}
