-- wrk script: each thread (one connection each: wrk -tN -cN) revises its own analysis ROUND-w<thread> with
-- If-Match, taking the next version from each answer's ETag; every document differs, so every save is a version
local counter = 0
local version = 1
local token = os.getenv("TOKEN")
local round = os.getenv("ROUND")
local threads = 0
local template = '{"message": "bench", "document": { "format": "sroi-model/1", "id": "%s", "title": "Bench", ' ..
  '"kind": "forecast", "currency": "EUR", "discounting": { "rate": 0.035 }, ' ..
  '"stakeholders": [ { "id": "deelnemers", "name": "Deelnemers" }, { "id": "financier", "name": "Financier" } ], ' ..
  '"inputs": [ { "id": "subsidie", "stakeholder": "financier", "description": "Subsidie", "amounts": [%d] } ], ' ..
  '"outcomes": [ { "id": "o1", "stakeholder": "deelnemers", "description": "d", "indicator": "i", "quantity": 10, ' ..
  '"proxy": { "value": 1000, "unit": "per persoon per jaar", "source": "constructed" }, "duration": 3, ' ..
  '"deadweight": 0.2, "displacement": 0.1, "attribution": 0.25, "dropOff": 0.1 } ] } }'

function setup(thread)
  threads = threads + 1
  thread:set("id", round .. "-w" .. threads)
end

function request()
  counter = counter + 1
  return wrk.format("PUT", "/api/v1/analyses/" .. id, {
    ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token,
    ["If-Match"] = '"' .. version .. '"' }, string.format(template, id, 100000 + counter))
end

function response(status, headers, body)
  for name, value in pairs(headers) do
    if string.lower(name) == "etag" then version = tonumber(string.match(value, "%d+")) end
  end
end
