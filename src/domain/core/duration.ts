/**
 * A number of days as the parts people say ("4 years 9 months", "4 months", "3 weeks"), for
 * Intl.DurationFormat to put in words in the reader's language: years and months from a year of
 * 365.25 days and a month of 30.44, weeks from a fortnight on, days below that.
 */
export function durationParts(days: number): {
  years?: number;
  months?: number;
  weeks?: number;
  days?: number;
} {
  const whole = Math.max(0, Math.round(days));
  let years = Math.floor(whole / 365.25);
  let months = Math.round((whole - years * 365.25) / 30.44);
  if (months === 12) {
    years += 1;
    months = 0;
  }
  if (years > 0) return months > 0 ? { years, months } : { years };
  if (whole >= 45) return { months };
  if (whole >= 14) return { weeks: Math.round(whole / 7) };
  return { days: whole };
}
