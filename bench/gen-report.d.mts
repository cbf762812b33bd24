// Types of gen-report.mjs, for the TypeScript parts of the bench.
export function generateReport(options?: { words?: number; seed?: number }): string;
export function generateProse(options?: { words?: number; seed?: number }): string;
export function writeFolder(dir: string, options: { files: number; words: number; seed?: number }): string[];
