// The submit and Cancel buttons of a form that opens in place (Cancel closes it, nothing is sent).
import type { ReactNode } from "react";

import { Button } from "./button";

export function FormActions({ children, disabled, onCancel }: { children: ReactNode; disabled: boolean; onCancel: () => void }) {
  return (
    <div className="flex gap-2">
      <Button size="sm" type="submit" disabled={disabled}>
        {children}
      </Button>
      <Button size="sm" type="button" variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}
