// Tokenisation tests of the injection grammar (syntaxes/inspection-reports.injection.tmLanguage.json)
// with vscode-textmate + vscode-oniguruma, the engine VS Code uses.
//
// The injection is tested the way VS Code applies it: injected (through its injectionSelector)
// into a grammar with scope `text.html.markdown`. VS Code's Markdown grammar is not in the
// repository, so the suite always runs against test/grammar/markdown-standin.tmLanguage.json,
// a small grammar with the real one's scope names and rule shapes for what matters here
// (headings and table cells re-tokenised from captures, begin/while paragraphs, fenced and
// indented code, HTML comments, inline code, bold, escapes, links). When the real grammar is
// on the machine (code-server installed by scripts/install-editor-deps.sh, or the path in
// $MARKDOWN_TMLANGUAGE), the same assertions run against it too; otherwise that suite is skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import type * as Textmate from 'vscode-textmate';
import type * as Oniguruma from 'vscode-oniguruma';

// Loaded with require so that the test runs the same whether tsx compiles it as CommonJS or ESM.
const load = createRequire(resolve(process.cwd(), 'package.json'));
const vsctm = load('vscode-textmate') as typeof Textmate;
const oniguruma = load('vscode-oniguruma') as typeof Oniguruma;

const ROOT = process.cwd();
const INJECTION_PATH = resolve(ROOT, 'syntaxes/inspection-reports.injection.tmLanguage.json');
const STANDIN_PATH = resolve(ROOT, 'test/grammar/markdown-standin.tmLanguage.json');
const FIXTURES = resolve(ROOT, 'test/grammar/fixtures');
const REAL_PATH =
  process.env.MARKDOWN_TMLANGUAGE ??
  join(
    process.env.EDITOR_DEPS ?? join(homedir(), '.cache/inspection-reports-editor'),
    'code-server/node_modules/code-server/lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json',
  );
const INJECTION_SCOPE = 'inspection-reports.injection';
const OWN = '.inspection-reports';

let onigLib: Promise<Textmate.IOnigLib> | undefined;
function loadOnig(): Promise<Textmate.IOnigLib> {
  onigLib ??= (async () => {
    const wasm = readFileSync(resolve(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    return {
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    };
  })();
  return onigLib;
}

async function loadMarkdown(markdownPath: string): Promise<Textmate.IGrammar> {
  const registry = new vsctm.Registry({
    onigLib: loadOnig(),
    loadGrammar: async (scopeName) => {
      const path = scopeName === 'text.html.markdown' ? markdownPath : scopeName === INJECTION_SCOPE ? INJECTION_PATH : undefined;
      return path ? vsctm.parseRawGrammar(readFileSync(path, 'utf8'), path) : null;
    },
    getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? [INJECTION_SCOPE] : undefined),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  assert.ok(grammar, `could not load ${markdownPath}`);
  return grammar;
}

interface Token {
  start: number;
  end: number;
  scopes: string[];
}

class Tokenised {
  readonly lines: string[];
  readonly tokens: Token[][] = [];

  constructor(grammar: Textmate.IGrammar, readonly name: string) {
    this.lines = readFileSync(join(FIXTURES, name), 'utf8').replace(/\n$/, '').split('\n');
    let stack = vsctm.INITIAL;
    for (const line of this.lines) {
      const result = grammar.tokenizeLine(line, stack);
      this.tokens.push(result.tokens.map((t) => ({ start: t.startIndex, end: Math.min(t.endIndex, line.length), scopes: t.scopes })));
      stack = result.ruleStack;
    }
  }

  /** Tokens covering `part` in the first line containing `line` (`part` defaults to the whole of `line`). */
  covering(line: string, part = line): Token[] {
    const index = this.lines.findIndex((l) => l.includes(line));
    assert.ok(index >= 0, `${this.name}: no line contains ${JSON.stringify(line)}`);
    const text = this.lines[index];
    const lineStart = text.indexOf(line);
    const after = text.indexOf(part, lineStart);
    const start = after >= 0 ? after : text.indexOf(part);
    assert.ok(start >= 0, `${this.name}: ${JSON.stringify(part)} is not in ${JSON.stringify(text)}`);
    const end = start + part.length;
    return this.tokens[index].filter((t) => t.start < end && t.end > start);
  }

  /** Every character of `part` carries `scope`. */
  has(line: string, part: string, scope: string): void {
    for (const t of this.covering(line, part)) {
      assert.ok(t.scopes.includes(scope), `${this.name}: ${JSON.stringify(part)} in ${JSON.stringify(line)} lacks ${scope}; token scopes: ${t.scopes.join(' ')}`);
    }
  }

  /** No character of `part` carries a scope starting with `prefix` (default: any of ours). */
  lacks(line: string, part: string, prefix?: string): void {
    for (const t of this.covering(line, part)) {
      const bad = t.scopes.find((s) => (prefix ? s.startsWith(prefix) : s.endsWith(OWN)));
      assert.equal(bad, undefined, `${this.name}: ${JSON.stringify(part)} in ${JSON.stringify(line)} should not have ${bad}`);
    }
  }
}

type Check = (doc: (name: string) => Tokenised) => void;

const checks: Record<string, Check> = {
  'footnote references': (doc) => {
    const d = doc('footnotes.md');
    d.has('Records showed', '[^case-audit]', `markup.underline.link.footnote${OWN}`);
    d.has('Records showed', '[^', `punctuation.definition.footnote.begin${OWN}`);
    d.has('Records showed', 'case-audit', `constant.other.reference.footnote${OWN}`);
    d.has('Records showed', '[^s2]', `markup.underline.link.footnote${OWN}`);
    d.lacks('Records showed', 'Records showed that 9 of the 14 plans');
  },
  'footnote definitions': (doc) => {
    const d = doc('footnotes.md');
    d.has('[^case-audit]: Case', '[^case-audit]:', `meta.footnote.definition${OWN}`);
    d.has('[^case-audit]: Case', 'case-audit', `entity.name.label.footnote${OWN}`);
    d.has('[^case-audit]: Case', ':', `punctuation.separator.key-value.footnote${OWN}`);
    d.lacks('[^case-audit]: Case', '[^case-audit]', `markup.underline.link.footnote${OWN}`);
    d.has('[^case-audit]: Case', 'Case file review', `meta.footnote.definition${OWN}`);
    d.lacks('[^case-audit]: Case', 'Case file review', `markup.underline.link.footnote${OWN}`);
    d.has('   [^indented]:', '[^indented]:', `meta.footnote.definition${OWN}`);
    // The definition's content keeps Markdown's inline scopes, also on indented continuation lines.
    d.has('[^long]:', 'three', 'markup.bold.markdown');
    d.has('[^long]:', 'case 4', 'markup.inline.raw.string.markdown');
    d.has('continued on an indented line', 'continued on an indented line', `meta.footnote.definition${OWN}`);
    d.lacks('continued on an indented line', 'continued', 'markup.raw.block.markdown');
    d.has('continued on an indented line', '[^nested]', `markup.underline.link.footnote${OWN}`);
    d.lacks('After the definition', 'After the definition, a new paragraph.', `meta.footnote.definition${OWN}`);
  },
  'footnotes: not in inline code, escapes, fenced or indented code': (doc) => {
    const d = doc('footnotes.md');
    d.lacks('In code', '[^not-a-ref]');
    d.has('In code', '[^not-a-ref]', 'markup.inline.raw.string.markdown');
    d.lacks('nor when escaped', '^escaped]');
    d.lacks('A fenced', 'A fenced [^fenced] reference and [^fenced-def]: are not scoped.');
    d.has('A fenced', '[^fenced]', 'markup.fenced_code.block.markdown');
    d.lacks('An indented code block', '[^raw]');
  },
  'ratings after a label': (doc) => {
    const d = doc('ratings.md');
    d.has('**Rating:** Good', 'Good', `constant.language.rating.good${OWN}`);
    d.has('**Rating:** Good', 'Good', `meta.rating${OWN}`);
    d.has('**Rating:** Good', 'Rating:', 'markup.bold.markdown');
    d.has('Care and support: Requires improvement', 'Requires improvement', `constant.language.rating.requires-improvement${OWN}`);
    d.lacks('Care and support: Requires improvement', 'Care and support', 'markup.bold.markdown');
    d.has('Leadership and management:', 'Requires significant improvement', `constant.language.rating.requires-significant-improvement${OWN}`);
    d.has('Leadership and management:', '**', 'punctuation.definition.bold.markdown');
    d.has('Leadership and management:', 'Requires significant improvement', 'markup.bold.markdown');
    d.has('Environment: excellent', 'excellent', `constant.language.rating.excellent${OWN}`);
    d.has('Environment: excellent', '[^env]', `markup.underline.link.footnote${OWN}`);
    d.has('Llesiant: Da', 'Da', `constant.language.rating.good${OWN}`);
  },
  'ratings in headings keep the heading scope': (doc) => {
    const d = doc('ratings.md');
    d.has('## Safe: Good', 'Good', `constant.language.rating.good${OWN}`);
    d.has('## Safe: Good', 'Safe: Good', 'entity.name.section.markdown');
    d.has('children in care: requires', 'requires improvement to be good', `constant.language.rating.requires-improvement-to-be-good${OWN}`);
    d.lacks('children in care: requires', 'requires improvement to be good', `constant.language.rating.requires-improvement${OWN}`);
    d.has('Well-led – Inadequate', 'Inadequate', `constant.language.rating.inadequate${OWN}`);
    d.lacks('## Well-being', 'Well-being');
  },
  'ratings in table cells': (doc) => {
    const d = doc('ratings.md');
    d.has('| Overall effectiveness |', 'Outstanding', `constant.language.rating.outstanding${OWN}`);
    d.lacks('| Overall effectiveness |', 'Overall effectiveness');
    d.has('| Care leavers |', 'Good', `constant.language.rating.good${OWN}`);
    d.lacks('| Judgement | Grade |', 'Judgement | Grade');
  },
  'rating words in prose and code are not scoped': (doc) => {
    const d = doc('ratings.md');
    d.lacks('Staff were good', 'Staff were good at listening and outstanding practice was seen.');
    d.lacks('The service is rated Good', 'The service is rated Good by families.');
    d.lacks('Overall: good practice', 'Overall: good practice was evident in most cases.');
    d.lacks('`Rating: Good`', 'Good');
  },
  placeholders: (doc) => {
    const d = doc('placeholders.md');
    d.has('service: "[[', '[[Name of the service or council]]', `markup.other.placeholder${OWN}`);
    d.has('service: "[[', 'Name of the service', `invalid.deprecated.placeholder${OWN}`);
    d.has('# [[Report title]]', '[[Report title]]', `markup.other.placeholder${OWN}`);
    d.has('# [[Report title]]', 'Report title', 'entity.name.section.markdown');
    d.has('[[Summarise the main findings]]', '[[', `punctuation.definition.placeholder.begin${OWN}`);
    d.has('[[Summarise the main findings]]', ']]', `punctuation.definition.placeholder.end${OWN}`);
    d.has('A sentence with', '[[add evidence]]', `markup.other.placeholder${OWN}`);
    d.lacks('A sentence with', 'A sentence with');
    d.lacks('A single [bracketed]', '[bracketed]');
    d.lacks('A single [bracketed]', '[[unclosed');
    d.lacks('`[[in code]]`', '[[in code]]');
  },
  'suppression comments': (doc) => {
    const d = doc('suppression.md');
    const line = 'disable-next-line acronym-defined';
    d.has(line, '<!--', `punctuation.definition.comment.begin${OWN}`);
    d.has(line, 'inspection-reports-disable-next-line', `keyword.other.suppression${OWN}`);
    d.has(line, 'acronym-defined', `constant.other.rule-id${OWN}`);
    d.has(line, 'evidence-missing', `constant.other.rule-id${OWN}`);
    d.has(line, ',', `punctuation.separator.comma${OWN}`);
    d.has(line, ' -- ', `comment.block.suppression${OWN}`);
    d.has(line, "quoted from the provider's statement of purpose", `string.unquoted.reason${OWN}`);
    d.lacks(line, "quoted from the provider's statement of purpose", `constant.other.rule-id${OWN}`);
    d.has(line, '-->', `punctuation.definition.comment.end${OWN}`);
    d.lacks('The PAN was issued.', 'The PAN was issued.');
    d.has('disable-line rule-a', 'inspection-reports-disable-line', `keyword.other.suppression${OWN}`);
    d.has('disable-line rule-a', 'rule-a', `constant.other.rule-id${OWN}`);
    d.has('disable-file -- draft', 'inspection-reports-disable-file', `keyword.other.suppression${OWN}`);
    d.has('disable-file -- draft', 'draft for internal review', `string.unquoted.reason${OWN}`);
    d.has('<!-- inspection-reports-disable -->', 'inspection-reports-disable', `keyword.other.suppression${OWN}`);
    d.has('inspection-reports-enable evidence-missing', 'inspection-reports-enable', `keyword.other.suppression${OWN}`);
    d.has('inspection-reports-enable evidence-missing', 'evidence-missing', `constant.other.rule-id${OWN}`);
  },
  'suppression comments: inline and over two lines': (doc) => {
    const d = doc('suppression.md');
    d.has('A paragraph <!--', 'number-style', `constant.other.rule-id${OWN}`);
    d.lacks('A paragraph <!--', 'with an inline comment.');
    d.lacks('A paragraph <!--', 'A paragraph ');
    d.has('a reason that', 'a reason that', `string.unquoted.reason${OWN}`);
    d.has('continues on a second line', 'continues on a second line', `string.unquoted.reason${OWN}`);
    d.has('continues on a second line', '-->', `punctuation.definition.comment.end${OWN}`);
  },
  'ordinary comments, near misses and code are not suppression comments': (doc) => {
    const d = doc('suppression.md');
    d.lacks('An ordinary comment', 'An ordinary comment mentioning Good and [^ref] is not scoped');
    d.has('An ordinary comment', 'An ordinary comment', 'comment.block.html');
    d.lacks('inspection-reports-disabled', 'inspection-reports-disabled not-a-directive');
    d.lacks('in-code', '<!-- inspection-reports-disable in-code -->');
  },
};

function suite(label: string, path: string, skip?: string) {
  let grammar: Promise<Textmate.IGrammar> | undefined;
  const cache = new Map<string, Tokenised>();
  for (const [name, check] of Object.entries(checks)) {
    test(`${label}: ${name}`, { skip }, async () => {
      grammar ??= loadMarkdown(path);
      const g = await grammar;
      check((fixture) => {
        let doc = cache.get(fixture);
        if (!doc) cache.set(fixture, (doc = new Tokenised(g, fixture)));
        return doc;
      });
    });
  }
}

suite('stand-in Markdown grammar', STANDIN_PATH);
suite('VS Code Markdown grammar', REAL_PATH, existsSync(REAL_PATH) ? undefined : `VS Code's markdown.tmLanguage.json not found at ${REAL_PATH}`);

test('the injection grammar is well formed', () => {
  const g = JSON.parse(readFileSync(INJECTION_PATH, 'utf8'));
  assert.equal(g.scopeName, INJECTION_SCOPE);
  assert.match(g.injectionSelector, /^L:text\.html\.markdown /);
  for (const excluded of ['-comment', '-markup.fenced_code', '-markup.inline.raw']) assert.ok(g.injectionSelector.includes(excluded), excluded);
  for (const p of g.patterns as { include: string }[]) assert.ok(g.repository[p.include.slice(1)], `missing repository entry ${p.include}`);
});
