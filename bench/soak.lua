-- The soak's mix of pages for wrk (bench/run.sh): each connection takes the next path in turn and waits 0,5–1,5 s
-- before its next request, as a person reading the page does; ten connections are then about ten requests a second,
-- a moderate load, not the saturation of the throughput measurement.
-- The paths come as arguments after `--`; the login cookie comes with -H, which wrk.format adds to every request.
local paths = {}
local next = 0

init = function(args)
  for _, path in ipairs(args) do
    paths[#paths + 1] = path
  end
  math.randomseed(os.time())
end

delay = function()
  return math.random(500, 1500)
end

request = function()
  next = next % #paths + 1
  return wrk.format("GET", paths[next])
end
