// A bare ASP.NET Core endpoint: the bytes of a response saved from the real server (a rollup) with the same ETag and
// Cache-Control, written with nothing in between. bench/wrk/poll.sh measures the real cached GET against it.
// Usage: Forecast.Bench.BareEndpoint --urls http://127.0.0.1:PORT --body FILE --etag '"…"'
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var bodyFile = builder.Configuration["body"] ?? throw new ArgumentException("--body FILE: the response bytes to serve");
var etag = builder.Configuration["etag"] ?? throw new ArgumentException("--etag TAG: the ETag to send, quoted");
var body = File.ReadAllBytes(bodyFile);

var app = builder.Build();
app.MapGet("/bare", (HttpContext context) =>
{
    var response = context.Response;
    response.Headers.ETag = etag;
    response.Headers.CacheControl = "no-cache";
    response.ContentType = "application/json; charset=utf-8";
    response.ContentLength = body.Length;
    return response.Body.WriteAsync(body).AsTask();
});
app.Run();
