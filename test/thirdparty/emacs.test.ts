// Layer 3: Emacs 28 + eglot (Debian emacs-nox, elpa-eglot) against the built server.
//   emacs --batch -Q -l probe.el   (-Q: add Debian's elpa folder to package-directory-list)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { requireEditor, runEditor, makeTempDir, rmTemp, SERVER_JS, MISSING_TWO, MISSING_MESSAGES, FINDINGS_HEADING } from './run';

const APT = 'apt-get install -y --no-install-recommends emacs-nox elpa-eglot';

// Writes one JSON object to $IR_OUT; exits 0 when two or more diagnostics arrived, 1 otherwise.
const PROBE_EL = String.raw`
(require 'package)
(setq package-directory-list (cons "/usr/share/emacs/site-lisp/elpa" package-directory-list))
(package-initialize)
(require 'eglot)
(require 'json)
(require 'flymake)

;; emacs-nox has no markdown-mode; eglot only needs a major mode to manage (language id "markdown").
(define-derived-mode markdown-mode text-mode "Markdown")
(setq eglot-server-programs
      ` + '`' + String.raw`((markdown-mode . (,(getenv "IR_NODE") ,(getenv "IR_SERVER") "--stdio"))))
(setq eglot-sync-connect t eglot-connect-timeout 10 eglot-autoshutdown nil)

(let ((out (getenv "IR_OUT")) (status 1) (result nil))
  (condition-case err
      (progn
        (find-file (getenv "IR_DRAFT"))
        (markdown-mode)
        (apply #'eglot (eglot--guess-contact))
        (let ((deadline (+ (float-time) 10)))
          (while (and (< (float-time) deadline)
                      (< (length (flymake-diagnostics)) 2))
            (accept-process-output nil 0.02)))
        (let ((diags (mapcar (lambda (d)
                               (let ((beg (flymake-diagnostic-beg d)) (end (flymake-diagnostic-end d)))
                                 (list (cons 'line (line-number-at-pos beg))
                                       (cons 'column (save-excursion (goto-char beg) (current-column)))
                                       (cons 'endLine (line-number-at-pos end))
                                       (cons 'endColumn (save-excursion (goto-char end) (current-column)))
                                       (cons 'type (symbol-name (flymake-diagnostic-type d)))
                                       (cons 'text (flymake-diagnostic-text d)))))
                             (flymake-diagnostics))))
          (setq result (list (cons 'diagnostics (vconcat diags))))
          (when (>= (length diags) 2) (setq status 0)))
        (eglot-shutdown (eglot-current-server)))
    (error (setq result (list (cons 'error (error-message-string err))))))
  (with-temp-file out (insert (json-encode result)))
  (kill-emacs status))
`;

test('Emacs + eglot receives the two required-section diagnostics', async (t) => {
  if (!requireEditor(t, 'emacs', APT)) return;
  assert.ok(existsSync(SERVER_JS), 'run `npm run build` first');
  const dir = makeTempDir('ir-emacs-');
  try {
    const draft = join(dir, 'draft.md');
    const out = join(dir, 'out.json');
    writeFileSync(draft, MISSING_TWO);
    writeFileSync(join(dir, 'probe.el'), PROBE_EL);
    const run = await runEditor('emacs', ['--batch', '-Q', '-l', join(dir, 'probe.el')], {
      cwd: dir,
      timeoutMs: 30_000,
      // HOME in the temp dir: nothing is written to the real ~/.emacs.d.
      env: { ...process.env, HOME: dir, IR_OUT: out, IR_DRAFT: draft, IR_SERVER: SERVER_JS, IR_NODE: process.execPath },
    });
    const report = existsSync(out) ? readFileSync(out, 'utf8') : '(no output file)';
    const context = `status ${run.status} signal ${run.signal}${run.timedOut ? ' (timed out)' : ''}\nout: ${report}\nstderr: ${run.stderr}`;
    if (/Cannot open load file.*eglot/.test(run.stderr)) {
      const message = `eglot not installed: ${APT}`;
      if (process.env.CI) assert.fail(message);
      t.skip(message);
      return;
    }
    assert.equal(run.timedOut, false, context);
    assert.equal(run.status, 0, context);
    const results = JSON.parse(report) as { diagnostics: { line: number; column: number; endLine: number; endColumn: number; type: string; text: string }[] };
    // eglot formats the text as "source [code]: message".
    const required = results.diagnostics.filter((d) => d.text.startsWith('inspection-reports [required-section]: '));
    assert.deepEqual(required.map((d) => d.text.replace('inspection-reports [required-section]: ', '')).sort(), MISSING_MESSAGES);
    for (const d of required) {
      assert.equal(d.type, 'eglot-error');
      // On the heading the sections belong after: 1-based line 15 (0-based 14), after "## ";
      // Emacs columns count characters, like UTF-16 here.
      assert.deepEqual([d.line, d.column, d.endLine, d.endColumn], [15, 3, 15, 3 + FINDINGS_HEADING.length]);
    }
  } finally {
    rmTemp(dir);
  }
});
