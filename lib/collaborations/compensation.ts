// A collaboration's compensation as stored: the fee in minor units of the campaign's currency.
import type { z } from "zod";

import type { compensationSchema } from "../campaigns/schemas";
import { toMinorUnits } from "../metrics";

export type Compensation = z.output<typeof compensationSchema>;

export function compensationData(c: Compensation, currency: string) {
  return {
    compensationType: c.compensationType,
    feeMinor: c.fee === null ? null : BigInt(toMinorUnits(c.fee, currency)),
    currency,
    productDescription: c.productDescription,
    commissionPct: c.commissionPct,
  };
}
