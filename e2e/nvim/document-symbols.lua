-- Headless Neovim (0.7.2): start the litdump language server with the built-in LSP client, open a dump,
-- request textDocument/documentSymbol synchronously and write what came back as JSON.
-- Inputs (environment): LITDUMP_SERVER (path to dist/server.js), LITDUMP_FILE (the dump), LITDUMP_OUTPUT (JSON file).
local server = assert(os.getenv('LITDUMP_SERVER'), 'LITDUMP_SERVER is not set')
local file = assert(os.getenv('LITDUMP_FILE'), 'LITDUMP_FILE is not set')
local output = assert(os.getenv('LITDUMP_OUTPUT'), 'LITDUMP_OUTPUT is not set')
local timeout_ms = tonumber(os.getenv('LITDUMP_TIMEOUT_MS') or '20000')

local function write_result(result)
  local handle = assert(io.open(output, 'w'))
  handle:write(vim.fn.json_encode(result))
  handle:close()
end

local function flatten(symbols, depth, into)
  for _, symbol in ipairs(symbols or {}) do
    table.insert(into, { name = symbol.name, detail = symbol.detail or '', depth = depth })
    flatten(symbol.children, depth + 1, into)
  end
  return into
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  vim.bo.filetype = 'litdump'
  local client_id = vim.lsp.start_client({
    name = 'litdump',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
  })
  assert(client_id, 'vim.lsp.start_client returned nil')
  vim.lsp.buf_attach_client(0, client_id)
  local ready = vim.wait(timeout_ms, function()
    local client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.initialized == true
  end, 20)
  assert(ready, 'the server did not finish initialize within ' .. timeout_ms .. ' ms')

  local params = { textDocument = vim.lsp.util.make_text_document_params() }
  local responses, failure = vim.lsp.buf_request_sync(0, 'textDocument/documentSymbol', params, timeout_ms)
  assert(responses, 'documentSymbol: ' .. tostring(failure))
  local response = responses[client_id]
  assert(response, 'documentSymbol: no response from the litdump client')
  assert(not response.err, 'documentSymbol error: ' .. vim.inspect(response.err))

  local top_level = {}
  for _, symbol in ipairs(response.result or {}) do
    table.insert(top_level, symbol.name)
  end
  write_result({ names = top_level, all = flatten(response.result, 0, {}) })
  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
end

local ok, err = pcall(run)
if not ok then
  write_result({ error = tostring(err) })
  vim.cmd('cquit 1')
end
vim.cmd('qall!')
