/** Pounds as a message writes them: "£1,250,000", "-£50,000", "£12.50". */
export function formatPounds(amount: number): string {
  const whole = Number.isInteger(amount);
  const text = Math.abs(amount).toLocaleString('en-GB', {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  });
  return `${amount < 0 ? '-' : ''}£${text}`;
}

/** Amounts within a pound are equal: figures are read to the penny and float sums drift. */
export const PENNIES = 1;

export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) < PENNIES;
}
