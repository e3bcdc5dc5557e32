/**
 * What each kind of compensation is made of (pure). A collaboration's fee, product and commission
 * only count when its compensation type has them: a fee typed before switching to "Product only"
 * is not a fee. Inputs are normalised with normalizeCompensation before they are stored, and every
 * reader (the budget, the cards, the portal) goes through compensationFee, so a stray value already
 * in the database is not shown or counted either.
 *
 *   cash               fee
 *   product            product
 *   product_plus_cash  product + fee (the seed article's recommended model for micro-influencers)
 *   commission         commission %
 */

const WITH_FEE: ReadonlySet<string> = new Set(["cash", "product_plus_cash"]);
const WITH_PRODUCT: ReadonlySet<string> = new Set(["product", "product_plus_cash"]);

/** True for the compensation types that pay a fee ("cash", "product_plus_cash"); false for any other string. */
export function hasFee(type: string): boolean {
  return WITH_FEE.has(type);
}

/** True for the compensation types that give a product ("product", "product_plus_cash"). */
export function hasProduct(type: string): boolean {
  return WITH_PRODUCT.has(type);
}

/** True only for "commission". */
export function hasCommission(type: string): boolean {
  return type === "commission";
}

/**
 * The fee that counts for a compensation type: `fee` when the type pays one, otherwise null
 * (whatever `fee` holds). A null fee stays null; zero stays zero. Works for major units, minor
 * units and bigint alike.
 */
export function compensationFee<F extends number | bigint>(type: string, fee: F | null): F | null {
  return hasFee(type) ? fee : null;
}

/** The compensation with the fields its type doesn't use set to null; the fields it uses are unchanged. */
export function normalizeCompensation<
  T extends { compensationType: string; fee: number | null; productDescription: string | null; commissionPct: number | null },
>(c: T): T {
  return {
    ...c,
    fee: compensationFee(c.compensationType, c.fee),
    productDescription: hasProduct(c.compensationType) ? c.productDescription : null,
    commissionPct: hasCommission(c.compensationType) ? c.commissionPct : null,
  };
}
