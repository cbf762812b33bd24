export interface Stats {
  median: number;
  min: number;
  max: number;
  n: number;
}
export function stats(times: number[]): Stats;
