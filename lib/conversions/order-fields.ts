// The columns an orders CSV can have (shared by the import and its mapping form; no dependencies,
// so the browser bundle stays small).
export const ORDER_FIELDS = [
  "order_id",
  "order_number",
  "date",
  "total",
  "currency",
  "discount_codes",
  "click_id",
  "status",
  "refunded",
] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];
export type OrderMapping = Record<string, OrderField | null>;

export const ORDER_FIELD_LABELS: Record<OrderField, string> = {
  order_id: "Order id (required)",
  order_number: "Order number",
  date: "Date (required)",
  total: "Total (required)",
  currency: "Currency",
  discount_codes: "Discount codes",
  click_id: "Click id",
  status: "Status",
  refunded: "Refunded amount",
};
