-- wrk script: POST the JSON body in the file named by $BODY to the URL given to wrk. wrk itself
-- reports any response that is not 2xx or 3xx ("Non-2xx or 3xx responses: N").
-- Usage: BODY=organisational-change-3.json wrk -s post.lua --latency http://127.0.0.1:P/api/evaluations
local f = assert(io.open(os.getenv("BODY"), "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
