/**
 * A cell that a spreadsheet would read as a formula (CSV injection, OWASP) is written with a
 * leading single quote, so that it shows as the text it is.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
