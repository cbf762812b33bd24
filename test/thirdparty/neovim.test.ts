// Layer 3: Neovim's built-in LSP client (Debian's neovim 0.7.2) against the built server. It
// proves the server speaks plain LSP: nothing here was written for VS Code.
//   nvim --headless -u config.lua   (0.7 has no vim.lsp.start: start_client + buf_attach_client)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { requireEditor, runEditor, makeTempDir, rmTemp, SERVER_JS, MISSING_TWO, MISSING_MESSAGES, FINDINGS_HEADING } from './run';

const APT = 'apt-get install -y --no-install-recommends neovim';

// Prints one JSON object to $IR_OUT and exits 0 when the diagnostics arrived, 1 otherwise.
const CONFIG_LUA = String.raw`
local out = os.getenv('IR_OUT')
local results = { diagnostics = {}, actions = {}, symbols = {} }

local function finish(code)
  vim.fn.writefile({ vim.fn.json_encode(results) }, out)
  vim.cmd(code == 0 and 'qall!' or ('cquit ' .. code))
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('IR_DRAFT')))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'markdown'
  local client_id = vim.lsp.start_client({
    name = 'inspection-reports',
    cmd = { os.getenv('IR_NODE'), os.getenv('IR_SERVER'), '--stdio' },
    root_dir = os.getenv('IR_ROOT'),
  })
  assert(client_id, 'vim.lsp.start_client failed')
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'vim.lsp.buf_attach_client failed')

  results.arrived = vim.wait(10000, function() return #vim.diagnostic.get(bufnr) >= 2 end, 10)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(results.diagnostics, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source, code = d.code,
    })
  end

  if results.arrived then
    -- Code actions for the title line's diagnostics, as :lua vim.lsp.buf.code_action() asks.
    local line = results.diagnostics[1].lnum
    local params = {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      range = { start = { line = line, character = 0 }, ['end'] = { line = line, character = 0 } },
      context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, line) },
    }
    local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 5000) or {}
    for _, response in pairs(responses) do
      for _, action in ipairs(response.result or {}) do table.insert(results.actions, action.title) end
    end
    local symbols = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', { textDocument = { uri = vim.uri_from_bufnr(bufnr) } }, 5000) or {}
    for _, response in pairs(symbols) do
      for _, s in ipairs(response.result or {}) do
        table.insert(results.symbols, s.name)
        for _, c in ipairs(s.children or {}) do table.insert(results.symbols, c.name) end
      end
    end
  end

  vim.lsp.stop_client(client_id)
  results.stopped = vim.wait(5000, function() return vim.lsp.client_is_stopped(client_id) end, 10)
end)

if not ok then results.error = tostring(err) end
finish((ok and results.arrived) and 0 or 1)
`;

test('Neovim 0.7 (vim.lsp.start_client) receives the two required-section diagnostics', async (t) => {
  if (!requireEditor(t, 'nvim', APT)) return;
  assert.ok(existsSync(SERVER_JS), 'run `npm run build` first');
  const dir = makeTempDir('ir-nvim-');
  try {
    const draft = join(dir, 'draft.md');
    const out = join(dir, 'out.json');
    writeFileSync(draft, MISSING_TWO);
    writeFileSync(join(dir, 'config.lua'), CONFIG_LUA);
    const run = await runEditor('nvim', ['--headless', '-n', '-i', 'NONE', '-u', join(dir, 'config.lua')], {
      cwd: dir,
      timeoutMs: 30_000,
      env: {
        ...process.env,
        IR_OUT: out,
        IR_DRAFT: draft,
        IR_ROOT: dir,
        IR_SERVER: SERVER_JS,
        IR_NODE: process.execPath,
        // Keep Neovim's LSP log, shada and state out of the home directory.
        XDG_CONFIG_HOME: join(dir, 'config'),
        XDG_DATA_HOME: join(dir, 'data'),
        XDG_STATE_HOME: join(dir, 'state'),
        XDG_CACHE_HOME: join(dir, 'cache'),
      },
    });
    const report = existsSync(out) ? readFileSync(out, 'utf8') : '(no output file)';
    const context = `status ${run.status} signal ${run.signal}${run.timedOut ? ' (timed out)' : ''}\nout: ${report}\nstdout: ${run.stdout}\nstderr: ${run.stderr}`;
    assert.equal(run.timedOut, false, context);
    assert.equal(run.status, 0, context);
    const results = JSON.parse(report) as {
      arrived: boolean;
      stopped: boolean;
      diagnostics: { lnum: number; col: number; end_lnum: number; end_col: number; severity: number; message: string; source: string; code: string }[];
      actions: string[];
      symbols: string[];
    };
    const required = results.diagnostics.filter((d) => d.code === 'required-section');
    assert.deepEqual(required.map((d) => d.message).sort(), MISSING_MESSAGES);
    const heading = `## ${FINDINGS_HEADING}`;
    for (const d of required) {
      assert.equal(d.source, 'inspection-reports');
      assert.equal(d.severity, 1); // vim.diagnostic.severity.ERROR
      // Neovim turns the server's UTF-16 columns into byte columns: the curly apostrophe is
      // one UTF-16 unit but three bytes (the dash too), so the end lands on the byte length of the heading line.
      assert.deepEqual([d.lnum, d.col, d.end_lnum, d.end_col], [14, 3, 14, Buffer.byteLength(heading)]);
    }
    assert.ok(results.actions.includes('Insert section "Areas for development"'), results.actions.join(' | '));
    assert.ok(results.actions.includes('Disable required-section for this line'), results.actions.join(' | '));
    assert.deepEqual(results.symbols, ['Inspection of children’s services: Cwm Aran Council', 'Summary', 'About the inspection', FINDINGS_HEADING]);
    assert.equal(results.stopped, true, 'the server shut down when Neovim asked');
  } finally {
    rmTemp(dir);
  }
});
