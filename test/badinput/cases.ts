// Bad and extreme inputs, generated on demand (some are tens of MB), shared by the bad-input
// tests and the child process that runs each one (run-case.ts) under a time bound.

const prose = 'The council found that 9 of 14 care plans were good (CIW). ';
const laughs = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
];
export const BILLION_LAUGHS_YAML = laughs.join('\n') + '\n';

function pseudoRandomBytes(n: number, seed = 12345): Buffer {
  const bytes = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}
export const binaryBytes = (n = 200_000) => pseudoRandomBytes(n);

/** Documents for lint(); each a function so that only the case being run is built. */
export const documents: Record<string, () => string> = {
  'binary bytes (200 KB, decoded as Latin-1)': () => binaryBytes().toString('latin1'),
  'binary bytes (200 KB, decoded as UTF-8 with replacement characters)': () => binaryBytes().toString('utf8'),
  'NUL bytes throughout a report': () => `# Title\0\n\n## Summary\0\n\nSome\0text (CIW)\0.\0\n\n${'\0'.repeat(10_000)}\n`,
  'lone surrogates and noncharacters': () => `# T\uD800itle\n\n## Summary\n\n\uDC00 text \uFFFE\uFFFF \uD83D. Next \uDE00 sentence.\n`,
  '10 MB single line of words': () => `# Title\n\n${'word '.repeat(2_000_000)}\n`,
  '10 MB single line of report prose (sentences)': () => `# Title\n\n${prose.repeat(Math.ceil(10_000_000 / prose.length))}\n`,
  // Paragraphs of four lines, a section every 100 lines: a long report, not one giant block.
  '1,000,000-line file': () => {
    const chunk = `## Section\n\n${'A line of the report, with 9 of 14 cases (CIW).\n'.repeat(4)}\n${'Another paragraph line that says the council (CIW) found.\n'.repeat(4)}\n`;
    const lines = chunk.split('\n').length - 1;
    return `---\ntemplate: generic\n---\n# Title\n\n${chunk.repeat(Math.ceil(1_000_000 / lines))}`;
  },
  // Quotation marks that close quotations never opened (issue 15: each rescanned its sentence).
  '80,000 `a" ` in one paragraph (240 KB)': () => `# Title\n\n## Findings\n\n${'a" '.repeat(80_000)}\n`,
  '80,000 `<a href="` in one paragraph': () => `# Title\n\n## Findings\n\n${'<a href="'.repeat(80_000)}\n`,
  '10,000 nested list items on one line': () => `# Title\n\n${'- '.repeat(10_000)}item\n`,
  '10,000 list items in a 2-space staircase (first 2,000 levels)': () => `# Title\n\n${Array.from({ length: 10_000 }, (_, i) => `${'  '.repeat(i % 2000)}- item ${i}`).join('\n')}\n`,
  '10,000 nested block quotes on one line': () => `# Title\n\n${'>'.repeat(10_000)} deep\n`,
  '10,000 lines of ever deeper block quotes (up to 1,000)': () => `# Title\n\n${Array.from({ length: 10_000 }, (_, i) => `${'>'.repeat(1 + (i % 1000))} line ${i}`).join('\n')}\n`,
  'front matter never closed': () => '---\ntemplate: cqc\ntitle: Draft\n\n# Title\n\nText.\n',
  'front matter with a YAML syntax error': () => '---\ntemplate: [cqc\n---\n# Title\n',
  'front matter that is a list': () => '---\n- template\n- cqc\n---\n# Title\n',
  'front matter with a non-string template': () => '---\ntemplate: {id: cqc}\n---\n# Title\n',
  'front matter of binary junk': () => `---\n${binaryBytes(2000).toString('latin1').replace(/\n---/g, '')}\n---\n# Title\n`,
  'huge front matter (> 64 KiB)': () => `---\ntemplate: cqc\n${Array.from({ length: 3000 }, (_, i) => `key${i}: ${'x'.repeat(40)}`).join('\n')}\n---\n# Title\n`,
  'huge front matter never closed (200,000 lines)': () => `---\n${'key: value\n'.repeat(200_000)}`,
  'YAML billion laughs in front matter': () => `---\n${BILLION_LAUGHS_YAML}template: cqc\n---\n# Title\n`,
  'front matter nested 10,000 levels deep': () => `---\ntemplate: cqc\nx: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\n# Title\n`,
};

/**
 * Inputs that grow with n: the tests lint each at n and at 4n and flag growth far beyond 4x
 * (quadratic growth is 16x), which finds a slow path long before it becomes a hang.
 */
export const scaling: Record<string, { n: number; make: (n: number) => string }> = {
  'a paragraph of n short sentences': { n: 4000, make: (n) => `# Title\n\n${'Word. '.repeat(n)}\n` },
  'a paragraph of n sentences of report prose': { n: 1500, make: (n) => `# Title\n\n${prose.repeat(n)}\n` },
  'a paragraph of n "[["': { n: 5000, make: (n) => `# Title\n\n## Summary\n\n${'[['.repeat(n)}\n` },
  'a paragraph of n unclosed links "[a]("': { n: 4000, make: (n) => `# Title\n\n${'[a]('.repeat(n)}\n` },
  'a paragraph of n unclosed HTML comments "x <!--"': { n: 4000, make: (n) => `# Title\n\n${'x <!--'.repeat(n)}\n` },
  'a paragraph of n "*a"': { n: 20_000, make: (n) => `# Title\n\n${'*a'.repeat(n)}\n` },
  'n one-line paragraphs': { n: 20_000, make: (n) => `# Title\n\n${'A short paragraph (CIW).\n\n'.repeat(n)}` },
  'n headings of mixed levels': { n: 4000, make: (n) => Array.from({ length: n }, (_, i) => `${'#'.repeat(1 + (i % 6))} Heading ${i}\n\ntext\n`).join('\n') },
  'n identical headings': { n: 2000, make: (n) => '## Same\n\n'.repeat(n) },
  'n empty sections under one parent': { n: 4000, make: (n) => `# Title\n\n${'## Empty\n\n'.repeat(n)}` },
  'n table rows': { n: 10_000, make: (n) => `# Title\n\n| a | b |\n|---|---|\n${'| x (CIW) | 9 of 14 |\n'.repeat(n)}` },
  // One sentence per paragraph from here on: these test the rules, not sentence segmentation.
  'n footnotes, each cited': { n: 1500, make: (n) => `# Title\n\n${Array.from({ length: n }, (_, i) => `Most children were safe.[^n${i}]`).join('\n\n')}\n\n${Array.from({ length: n }, (_, i) => `[^n${i}]: Case file ${i}.`).join('\n')}\n` },
  // Letters only (Q…Z), so that the acronyms are of one kind at every n: base-36 numbering made
  // more of them codes with digits (not acronyms) as n grew.
  'n different acronyms, each defined and used': { n: 2000, make: (n) => `# Title\n\n${Array.from({ length: n }, (_, i) => { const a = `Q${letters(i)}Z`; return `The Quality ${i} Zone (${a}) met the ${a}.`; }).join('\n\n')}\n` },
  'n uses of one undefined acronym': { n: 3000, make: (n) => `# Title\n\n${'The XYZ met.\n\n'.repeat(n)}` },
  'n unsupported claims': { n: 2000, make: (n) => `# Title\n\n## Findings\n\n${'Most children were well supported and practice was good.\n\n'.repeat(n)}` },
  'n sections, each with an unsupported claim': { n: 10_000, make: (n) => `# Title\n\n${'## Section\n\nMost plans were good.\n\n'.repeat(n)}` },
  'n suppression comments': { n: 1500, make: (n) => `# Title\n\n${'<!-- inspection-reports-disable-next-line empty-section -- reason -->\n## Empty\n\n'.repeat(n)}` },
  'n list items': { n: 10_000, make: (n) => `# Title\n\n${'- An item with 9 of 14 (CIW).\n'.repeat(n)}` },
};

/** Config texts for parseConfig(); the key's extension picks YAML or JSON. */
export const configs: Record<string, { file: string; text: () => string }> = {
  'YAML billion laughs in the config': { file: '.inspection-reports.yaml', text: () => `${BILLION_LAUGHS_YAML}template: cqc\n` },
  'config nested 100,000 levels deep (YAML)': { file: '.inspection-reports.yaml', text: () => `rules: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n` },
  'config nested 100,000 levels deep (JSON)': { file: '.inspection-reports.json', text: () => `{"rules": ${'['.repeat(100_000)}${']'.repeat(100_000)}}` },
  // Issue 15 (10): ~125 KB of templates, each extending the one before.
  'workspace templates extending each other (2,000, 125 KB)': { file: '.inspection-reports.json', text: () => JSON.stringify({ template: 't1999', templates: templateChain(2000) }) },
  'config of 1 MB (40,000 report globs)': { file: '.inspection-reports.yaml', text: () => `reports:\n${Array.from({ length: 40_000 }, (_, i) => `  - "reports/${i}/**/*.md"`).join('\n')}\n` },
};

/** Workspace templates t0…t(n-1), each extending the one before (t0 extends generic), each adding a section. */
export function templateChain(n: number): { id: string; extends: string; sections: { title: string }[] }[] {
  return Array.from({ length: n }, (_, i) => ({ id: `t${i}`, extends: i ? `t${i - 1}` : 'generic', sections: [{ title: `From t${i}` }] }));
}

/** A glossary file of `n` entries, in the YAML mapping form or as TSV. */
export function glossaryText(n: number, format: 'yaml' | 'tsv'): string {
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const acronym = `A${i.toString(36).toUpperCase()}X`;
    rows.push(format === 'yaml' ? `${acronym}: Agency number ${i} Example` : `${acronym}\tAgency number ${i} Example\tAsiantaeth rhif ${i}\ttest`);
  }
  return format === 'yaml' ? `${rows.join('\n')}\n` : `acronym\texpansion\twelsh_form\tsource\n${rows.join('\n')}\n`;
}

/** 0 → A, 25 → Z, 26 → BA: a number written in capital letters. */
function letters(i: number): string {
  let out = '';
  do {
    out = String.fromCharCode(65 + (i % 26)) + out;
    i = Math.floor(i / 26);
  } while (i > 0);
  return out;
}
