/** Today's date in UTC, YYYY-MM-DD: the default "on" of temporal questions. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
