// A report kept in several files names its files, in order, in a small manifest beside them:
//
//   # national-review-2025.report.yaml
//   name: National review of care for children, 2025     # optional
//   files:
//     - 01-summary.md
//     - 02-findings.md
//     - 03-evidence.md
//
// The first file's front matter names the template, as for a one-file report. Paths are relative
// to the manifest's folder and must stay inside it. A manifest is data: parsed as YAML, checked,
// and every problem reported with its line; the files it names are only read by the caller.
import { parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';

/** Manifest file names: `<anything>.report.yaml` or `.report.yml`. */
export const MANIFEST_PATTERN = /\.report\.ya?ml$/;
/** More chapters than this is no report; the manifest is refused. */
export const MAX_CHAPTERS = 200;

export interface ManifestProblem {
  message: string;
  /** 1-based. */
  line: number;
  column: number;
}

export interface Manifest {
  name?: string;
  /** Relative paths as written, in order. */
  files: string[];
  problems: ManifestProblem[];
}

export function parseManifest(text: string): Manifest {
  const problems: ManifestProblem[] = [];
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number) => {
    let line = 1;
    let col = 1;
    for (let i = 0; i < offset && i < text.length; i++) {
      if (text[i] === '\n') {
        line++;
        col = 1;
      } else col++;
    }
    return { line, column: col };
  };
  const problem = (message: string, node?: Node | null) => problems.push({ message, ...lineOf(node?.range?.[0] ?? 0) });
  for (const error of doc.errors) problems.push({ message: error.message.split('\n')[0], ...lineOf(error.pos[0]) });
  if (problems.length) return { files: [], problems };
  const root = doc.contents;
  if (!isMap(root)) {
    problem('A report manifest is a mapping with a `files:` list.', root);
    return { files: [], problems };
  }
  let name: string | undefined;
  const files: string[] = [];
  let sawFiles = false;
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as Node | null;
    if (key === 'name') {
      if (isScalar(value) && typeof value.value === 'string') name = value.value;
      else problem('`name` must be a string.', value);
    } else if (key === 'files') {
      sawFiles = true;
      if (!isSeq(value)) {
        problem('`files` must be a list of the report\'s Markdown files, in order.', value);
        continue;
      }
      for (const item of value.items as (Node | null)[]) {
        const path = isScalar(item) && typeof item.value === 'string' ? item.value : undefined;
        const why = path === undefined ? 'must be a file name' : pathProblem(path);
        if (why) problem(`files: ${JSON.stringify(isScalar(item) ? item.value : null)} ${why}.`, item);
        else if (files.includes(path!)) problem(`files: "${path}" is listed twice.`, item);
        else files.push(path!);
      }
      if (files.length > MAX_CHAPTERS) {
        problem(`files: more than ${MAX_CHAPTERS} files; the manifest is not used.`, value);
        files.length = 0;
      }
    } else problem(`Unknown key "${key}": a report manifest has \`name\` and \`files\`.`, pair.key as Node);
  }
  if (!sawFiles) problem('The manifest has no `files:` list.', root);
  return { name, files, problems };
}

/** Why a path in a manifest is refused, or undefined: relative, inside the folder, Markdown. */
function pathProblem(path: string): string | undefined {
  if (!path.endsWith('.md')) return 'is not a Markdown file (.md)';
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.includes('\\')) return 'must be a path relative to the manifest\'s folder, with /';
  if (path.split('/').some((part) => part === '..' || part === '')) return 'must stay inside the manifest\'s folder (no "..", no empty parts)';
  return undefined;
}
