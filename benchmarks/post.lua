-- wrk script: POST the model named by $MODEL to the URL given on the command line
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = assert(io.open(os.getenv("MODEL"), "rb"))
wrk.body = file:read("*a")
file:close()
