-- wrk: create a 3-line application, then submit it, over and over. wrk asks
-- a thread for its next request after a response, so a created id queues
-- its submit and every application goes through both steps. Requests/s is
-- therefore twice applications/s; latency percentiles mix both halves.
local token = os.getenv("TOKEN")
local pending = {}
local create = '{"title":"Toner","justification":"Printers on floor 2","needed_by":"2099-01-01","lines":['
  .. '{"description":"Toner black","category":"consumables","quantity":"4","unit_price":"39.90"},'
  .. '{"description":"Toner cyan","category":"consumables","quantity":"2","unit_price":"44.50"},'
  .. '{"description":"Drum","category":"consumables","quantity":"1","unit_price":"89.00"}]}'
local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }

request = function()
  local id = table.remove(pending)
  if id then
    return wrk.format("POST", "/api/v1/applications/" .. id .. "/submit", headers, nil)
  end
  return wrk.format("POST", "/api/v1/applications", headers, create)
end

response = function(status, _, body)
  if status == 201 then
    local id = body:match('"id":"([^"]+)"')
    if id then table.insert(pending, id) end
  end
end
