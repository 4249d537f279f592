/**
 * Formatters made once: toLocaleString builds a new Intl.NumberFormat on every call, and a large
 * plan's findings quote thousands of amounts.
 */
const WHOLE = new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
});
const PENCE = new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** Pounds as a message writes them: "£1,250,000", "-£50,000", "£12.50". */
export function formatPounds(amount: number): string {
  const text = (Number.isInteger(amount) ? WHOLE : PENCE).format(Math.abs(amount));
  return `${amount < 0 ? '-' : ''}£${text}`;
}

/** Amounts within a pound are equal: figures are read to the penny and float sums drift. */
export const PENNIES = 1;

export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) < PENNIES;
}
