-- Drives `tadqiq lsp --stdio` from a real second LSP client: Neovim (headless), with its built-in
-- LSP client only (no plugins). Run by test/lsp/neovim.test.ts:
--
--   nvim --headless --clean -c 'luafile test/lsp/nvim/tadqiq-client.lua'
--
-- Environment:
--   TADQIQ_NODE      node executable          TADQIQ_CLI      <repo>/dist/cli.js
--   TADQIQ_FILE      the draft to open        TADQIQ_RESULT   where to write the JSON report
--   TADQIQ_SCENARIO  'diagnostics' — only report the diagnostics of the opened draft
--                    'quickfix'  — apply the preferred quick fix of the first diagnostic, write
--                    'fixall'    — type a new line (incremental didChange), then apply
--                                  source.fixAll.tadqiq, write
--   TADQIQ_NEWLINE   (fixall) the line to append
--   TADQIQ_SETTINGS  optional JSON for the client's `settings` (default {"tadqiq":{"messageLanguage":"en"}})
--   TADQIQ_SETTINGS_VIA  'didChangeConfiguration' (default, sent from on_init) or 'init_options'
--
-- Works on Neovim 0.7 (vim.lsp.start_client + vim.lsp.buf_attach_client) and on 0.8+ (vim.lsp.start).
-- Every wait is vim.wait with a predicate and a timeout that raises; nothing sleeps.

local TIMEOUT = 10000

local function env(name)
  local v = os.getenv(name)
  if v == nil or v == '' then
    error('missing environment variable ' .. name, 0)
  end
  return v
end

local json_encode = (vim.json and vim.json.encode) or vim.fn.json_encode

local report = {
  ok = false,
  steps = {},
}

local function step(name, data)
  table.insert(report.steps, { name = name, data = data, ms = math.floor(vim.loop.hrtime() / 1e6 - report.t0) })
end

local function write_report(path)
  local f = assert(io.open(path, 'w'))
  f:write(json_encode(report))
  f:close()
end

local function wait_for(what, predicate, timeout)
  local ok = vim.wait(timeout or TIMEOUT, predicate, 10)
  if not ok then
    error('timeout after ' .. tostring(timeout or TIMEOUT) .. ' ms waiting for ' .. what, 0)
  end
end

-- UTF-16 code units in a UTF-8 string (the server speaks UTF-16)
local function utf16_length(s)
  local n = 0
  for i = 1, #s do
    local b = s:byte(i)
    if b < 0x80 or b >= 0xC0 then
      n = n + (b >= 0xF0 and 2 or 1)
    end
  end
  return n
end

local function main()
  report.t0 = vim.loop.hrtime() / 1e6
  local v = vim.version()
  report.nvim = string.format('%d.%d.%d', v.major, v.minor, v.patch)

  local node = env('TADQIQ_NODE')
  local cli = env('TADQIQ_CLI')
  local file = env('TADQIQ_FILE')
  local scenario = env('TADQIQ_SCENARIO')
  local settings = { tadqiq = { messageLanguage = 'en' } }
  local settings_via = os.getenv('TADQIQ_SETTINGS_VIA') or 'didChangeConfiguration'
  report.settings_via = settings_via
  local raw_settings = os.getenv('TADQIQ_SETTINGS')
  if raw_settings and raw_settings ~= '' then
    settings = ((vim.json and vim.json.decode) or vim.fn.json_decode)(raw_settings)
  end

  -- raw publishDiagnostics, kept per uri (UTF-16 ranges, as the server sent them)
  local published = {}
  local publish_log = {}
  local messages = {}
  local server_exit = nil

  local handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      published[result.uri] = result
      table.insert(publish_log, { version = result.version, count = #result.diagnostics })
      return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
    end,
    ['window/showMessage'] = function(_, result)
      table.insert(messages, result)
    end,
    ['window/logMessage'] = function(_, result)
      table.insert(messages, result)
    end,
  }

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)

  local config = {
    name = 'tadqiq',
    cmd = { node, cli, 'lsp', '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    -- Neovim sends the filetype as languageId; tadqiq drafts are 'arabic-draft'.
    get_language_id = function()
      return 'arabic-draft'
    end,
    handlers = handlers,
    -- Neovim answers workspace/configuration from `settings`, but 0.7 does not advertise that
    -- capability, and it does not send the settings by itself: like nvim-lspconfig, on_init sends
    -- them with workspace/didChangeConfiguration. Or they go in initializationOptions.settings.
    settings = settings,
    init_options = settings_via == 'init_options' and { settings = settings.tadqiq } or nil,
    on_init = function(c)
      if settings_via == 'didChangeConfiguration' then
        c.notify('workspace/didChangeConfiguration', { settings = settings })
      end
    end,
    flags = { debounce_text_changes = 50 },
    on_exit = function(code)
      server_exit = code
    end,
  }

  local client_id
  if vim.lsp.start then
    report.api = 'vim.lsp.start'
    client_id = vim.lsp.start(config)
  else
    report.api = 'vim.lsp.start_client + vim.lsp.buf_attach_client'
    client_id = vim.lsp.start_client(config)
    if not client_id then
      error('vim.lsp.start_client failed', 0)
    end
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
  local client = vim.lsp.get_client_by_id(client_id)
  local enc = client.offset_encoding or 'utf-16'
  report.offset_encoding = enc

  local function current_version()
    return vim.lsp.util.buf_versions[bufnr]
  end

  -- the server's diagnostics for exactly the buffer's current version
  local function await_current(what)
    wait_for(what .. ' (publishDiagnostics for version ' .. tostring(current_version()) .. ')', function()
      local p = published[uri]
      return p ~= nil and p.version == current_version()
    end)
    return published[uri]
  end

  local function tatweel_of(diags)
    local out = {}
    for _, d in ipairs(diags) do
      if d.code == 'tatweel' then
        table.insert(out, d)
      end
    end
    table.sort(out, function(a, b)
      if a.range.start.line ~= b.range.start.line then
        return a.range.start.line < b.range.start.line
      end
      return a.range.start.character < b.range.start.character
    end)
    return out
  end

  local function vim_diagnostics()
    local out = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      table.insert(out, {
        lnum = d.lnum,
        col = d.col,
        end_lnum = d.end_lnum,
        end_col = d.end_col,
        code = d.code,
        source = d.source,
        severity = d.severity,
        message = d.message,
      })
    end
    table.sort(out, function(a, b)
      if a.lnum ~= b.lnum then
        return a.lnum < b.lnum
      end
      return a.col < b.col
    end)
    return out
  end

  local function code_actions(range, diagnostics, only)
    local params = {
      textDocument = { uri = uri },
      range = range,
      context = { diagnostics = diagnostics, only = only },
    }
    local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, TIMEOUT)
    if not responses then
      error('textDocument/codeAction: ' .. tostring(err), 0)
    end
    local r = responses[client_id]
    if not r then
      error('textDocument/codeAction: no response from tadqiq', 0)
    end
    if r.err or r.error then
      error('textDocument/codeAction error: ' .. vim.inspect(r.err or r.error), 0)
    end
    return r.result or {}
  end

  local function with_edit(action)
    if action.edit == nil and action.data ~= nil then
      local r = client.request_sync('codeAction/resolve', action, TIMEOUT, bufnr)
      if not r or r.err then
        error('codeAction/resolve failed: ' .. vim.inspect(r), 0)
      end
      return r.result
    end
    return action
  end

  local first = await_current('diagnostics after opening the draft')
  local first_tatweel = tatweel_of(first.diagnostics)
  step('opened', {
    version = first.version,
    lsp = first_tatweel,
    vim = vim_diagnostics(),
    languageId = 'arabic-draft',
  })
  if scenario ~= 'diagnostics' and #first_tatweel == 0 then
    error('no tatweel diagnostics for the draft', 0)
  end

  if scenario == 'diagnostics' then
    -- only the diagnostics of the opened draft are wanted (e.g. under TADQIQ_SETTINGS)
    report.messages = messages
  elseif scenario == 'quickfix' then
    local target = first_tatweel[1]
    local actions = code_actions(target.range, { target })
    local preferred = {}
    local titles = {}
    for _, a in ipairs(actions) do
      table.insert(titles, a.title)
      if a.kind == 'quickfix' and a.isPreferred then
        table.insert(preferred, a)
      end
    end
    if #preferred ~= 1 then
      error('expected exactly one preferred quickfix, got ' .. vim.inspect(titles), 0)
    end
    local action = with_edit(preferred[1])
    step('code actions', { titles = titles, preferred = action.title })
    vim.lsp.util.apply_workspace_edit(action.edit, enc)
    local after = await_current('diagnostics after the quick fix')
    step('after quickfix', { version = after.version, lsp = tatweel_of(after.diagnostics), vim = vim_diagnostics() })
  elseif scenario == 'fixall' then
    -- typing: a new line at the end goes to the server as an incremental didChange
    local line = env('TADQIQ_NEWLINE')
    local n = vim.api.nvim_buf_line_count(bufnr)
    vim.api.nvim_buf_set_lines(bufnr, n, n, false, { line })
    local typed = await_current('diagnostics after typing a line')
    local typed_tatweel = tatweel_of(typed.diagnostics)
    step('after typing', { version = typed.version, lsp = typed_tatweel, vim = vim_diagnostics() })
    if #typed_tatweel ~= #first_tatweel + 1 then
      error(string.format('after typing expected %d tatweel diagnostics, got %d', #first_tatweel + 1, #typed_tatweel), 0)
    end

    local last = vim.api.nvim_buf_line_count(bufnr) - 1
    local last_text = vim.api.nvim_buf_get_lines(bufnr, last, last + 1, false)[1] or ''
    local whole = {
      start = { line = 0, character = 0 },
      ['end'] = { line = last, character = utf16_length(last_text) },
    }
    local actions = code_actions(whole, {}, { 'source.fixAll.tadqiq' })
    local fix_all = {}
    for _, a in ipairs(actions) do
      if a.kind == 'source.fixAll.tadqiq' then
        table.insert(fix_all, a)
      end
    end
    if #fix_all ~= 1 then
      error('expected one source.fixAll.tadqiq action, got ' .. vim.inspect(actions), 0)
    end
    local action = with_edit(fix_all[1])
    step('fix all', { title = action.title })
    vim.lsp.util.apply_workspace_edit(action.edit, enc)
    local after = await_current('diagnostics after fix-all')
    step('after fix all', { version = after.version, lsp = tatweel_of(after.diagnostics), vim = vim_diagnostics() })
  else
    error('unknown scenario ' .. scenario, 0)
  end

  if scenario ~= 'diagnostics' then
    vim.cmd('write')
  end
  report.fileformat = vim.bo[bufnr].fileformat
  report.publish_log = publish_log
  report.messages = messages

  vim.lsp.stop_client(client_id)
  wait_for('the server to exit', function()
    return server_exit ~= nil
  end)
  report.server_exit = server_exit
  report.ok = true
end

local result_path = os.getenv('TADQIQ_RESULT')
local ok, err = xpcall(main, debug.traceback)
if not ok then
  report.ok = false
  report.error = tostring(err)
end
report.t0 = nil
if result_path and result_path ~= '' then
  pcall(write_report, result_path)
end
if ok then
  vim.cmd('qall!')
else
  io.stderr:write('tadqiq-client.lua: ' .. tostring(err) .. '\n')
  vim.cmd('cquit 3')
end
