// CSV writing (RFC 4180) with spreadsheet-formula neutralising: a text cell starting with = + - @ (or
// a tab or carriage return) gets a leading apostrophe so an export opened in Excel can't run a formula.
export function csvCell(value: unknown): string {
  // A finite number is written as it is: its text (digits, a point, an exponent) can't be a formula,
  // and a leading minus is its sign — neutralised, a negative ROI would reach the spreadsheet as text.
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "bigint") return String(value);
  let s = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(headers: string[], rows: unknown[][]): string {
  return [headers, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
