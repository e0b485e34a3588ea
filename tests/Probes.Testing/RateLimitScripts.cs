using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Probes.Testing;

/// <summary>
/// <see cref="LoopbackChatServer.Behaviour"/> scripts for rate-limit and retry tests, deterministic by request number
/// or by how often a prompt has been seen, so a test knows which requests failed and why.
/// </summary>
public static class RateLimitScripts
{
    private const string ThrottledBody = """{"error":{"message":"scripted rate limit","type":"rate_limit_exceeded","code":"rate_limit_exceeded"}}""";
    private const string FailureBody = """{"error":{"message":"scripted failure","type":"server_error","code":null}}""";

    /// <summary>Whether request <paramref name="number"/> (1-based) is one of the throttled tenth: numbers 3, 13, 23, ….</summary>
    public static bool IsThrottled(int number) => number % 10 == 3;

    /// <summary>One request in ten (see <see cref="IsThrottled"/>) gets 429 with <c>Retry-After: seconds</c>.</summary>
    public static Func<int, HttpContext, Task<bool>> ThrottleEveryTenth(int retryAfterSeconds) =>
        async (number, context) =>
        {
            if (!IsThrottled(number))
            {
                return false;
            }
            context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            await WriteAsync(context, StatusCodes.Status429TooManyRequests, ThrottledBody).ConfigureAwait(false);
            return true;
        };

    /// <summary>
    /// The first <paramref name="failures"/> requests for each distinct prompt fail with <paramref name="status"/>; later
    /// requests for that prompt are served. The prompt is read from what <paramref name="server"/> recorded.
    /// </summary>
    public static Func<int, HttpContext, Task<bool>> FailEachPromptFirst(LoopbackChatServer server, int failures, int status)
    {
        ArgumentNullException.ThrowIfNull(server);
        var seen = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        return async (number, context) =>
        {
            var body = server.Requests.Single(request => request.Number == number).Body;
            var prompt = ChatCompletionRequest.Parse(body).Prompt;
            if (seen.AddOrUpdate(prompt, 1, (_, count) => count + 1) > failures)
            {
                return false;
            }
            await WriteAsync(context, status, FailureBody).ConfigureAwait(false);
            return true;
        };
    }

    private static async Task WriteAsync(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }
}
