// Summary statistics shared by the bench scripts.

/** Median, min, max and count of a list of times (ms). */
export function stats(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n === 0 ? NaN : n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return { median, min: sorted[0] ?? NaN, max: sorted[n - 1] ?? NaN, n };
}
