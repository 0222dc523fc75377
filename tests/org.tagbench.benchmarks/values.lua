-- wrk script: POST /tagManagement/Values with the bodies the Tagbench client sent, in turn.
-- Environment: BODIES (file with one JSON body per line), AUTH (the Basic credentials, base64).
local bodies = {}
for line in io.lines(os.getenv("BODIES")) do
  bodies[#bodies + 1] = line
end
local index = 0
local failures = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic " .. os.getenv("AUTH")

request = function()
  index = index % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[index])
end

response = function(status, headers, body)
  if status ~= 200 then
    failures = failures + 1
  end
end

done = function(summary, latency, requests)
  io.write(string.format("wrk-errors=%d non200=%d\n", summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout, summary.errors.status))
end
