using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Probes.Testing;

/// <summary>
/// The faults a model API shows in the wild, for the loopback server: rate limits with each way of naming the
/// wait, server errors, hangs, resets, bodies that are broken, empty or slow. Each writes the request's wire format.
/// </summary>
public static class ServerFaults
{
    /// <summary>429 with the given headers and the provider's rate-limit error body.</summary>
    public static ServerFault TooManyRequests(string name, params (string Header, string Value)[] headers) =>
        Error(name, StatusCodes.Status429TooManyRequests, null, headers);

    public static ServerFault RetryAfterSeconds(int seconds) =>
        TooManyRequests($"429 Retry-After {seconds}", ("Retry-After", Invariant(seconds)));

    public static ServerFault RetryAfterDate(DateTimeOffset at) =>
        TooManyRequests("429 Retry-After date", ("Retry-After", at.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture)));

    public static ServerFault RetryAfterMilliseconds(int milliseconds) =>
        TooManyRequests($"429 retry-after-ms {milliseconds}", ("retry-after-ms", Invariant(milliseconds)));

    /// <summary>OpenAI's window headers: no requests left, the window refilling after a Go-style duration.</summary>
    public static ServerFault OpenAIRequestsReset(string duration) => TooManyRequests($"429 x-ratelimit-reset-requests {duration}",
        ("x-ratelimit-remaining-requests", "0"), ("x-ratelimit-reset-requests", duration));

    /// <summary>Anthropic's window headers: no requests left, the window refilling at an RFC 3339 time.</summary>
    public static ServerFault AnthropicRequestsReset(DateTimeOffset at) => TooManyRequests("429 anthropic requests reset",
        ("anthropic-ratelimit-requests-remaining", "0"),
        ("anthropic-ratelimit-requests-reset", at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)));

    /// <summary>Gemini's RESOURCE_EXHAUSTED with the wait in the body's RetryInfo (e.g. "2s"), and any extra headers.</summary>
    public static ServerFault GeminiRetryInfo(string retryDelay, params (string Header, string Value)[] headers) =>
        Error($"429 RetryInfo {retryDelay}", StatusCodes.Status429TooManyRequests, retryDelay, headers);

    /// <summary>A server-side error (500, 502, 503, Anthropic's 529 overload) with the provider's error body.</summary>
    public static ServerFault Status(int status) => Error($"HTTP {status}", status, null, []);

    /// <summary>
    /// Never answers: holds the request until the client gives up or the server stops. <paramref name="held"/> runs
    /// once the request is held, so a test can move a fake clock or cancel knowing the request has arrived.
    /// </summary>
    public static ServerFault Hang(Action? held = null) => new("hang", async (context, exchange) =>
    {
        held?.Invoke();
        using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, exchange.ServerStopping);
        await Task.Delay(Timeout.InfiniteTimeSpan, either.Token).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
        context.Abort();
    });

    /// <summary>Drops the connection after reading the request, before any response byte.</summary>
    public static ServerFault ResetConnection() => new("connection reset", (context, _) =>
    {
        context.Abort();
        return Task.CompletedTask;
    });

    /// <summary>Sends the status line, headers and half the body, then drops the connection.</summary>
    public static ServerFault ResetMidBody() => new("reset mid-body", async (context, exchange) =>
    {
        var body = Encoding.UTF8.GetBytes(exchange.SuccessBody());
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2), context.RequestAborted).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        context.Abort();
    });

    /// <summary>200 with a body that stops in the middle of a JSON value.</summary>
    public static ServerFault MalformedJson() => new("malformed JSON", (context, exchange) =>
        WriteAsync(context, StatusCodes.Status200OK, exchange.SuccessBody()[..20]));

    /// <summary>200 with no text: OpenAI's empty choices, Gemini's empty candidates, Anthropic's empty content.</summary>
    public static ServerFault EmptyAnswer() => new("empty answer", (context, exchange) =>
        WriteAsync(context, StatusCodes.Status200OK, exchange.EmptyBody()));

    /// <summary>Gemini refusing the prompt itself: no candidates and a promptFeedback block reason.</summary>
    public static ServerFault GeminiBlocked(string blockReason) => new($"blocked {blockReason}", (context, exchange) =>
        WriteAsync(context, StatusCodes.Status200OK, exchange.EmptyBody(blockReason)));

    /// <summary>The normal answer with extra headers, e.g. a provider's remaining-quota headers on success.</summary>
    public static ServerFault ServedWithHeaders(params (string Header, string Value)[] headers) => new("served with headers",
        (context, exchange) =>
        {
            foreach (var (header, value) in headers)
            {
                context.Response.Headers.Append(header, value);
            }
            return WriteAsync(context, StatusCodes.Status200OK, exchange.SuccessBody());
        });

    /// <summary>
    /// Headers at once, then the normal body in <paramref name="chunks"/> pieces, <paramref name="interval"/> apart.
    /// <paramref name="firstChunkSent"/> runs once the headers and the first piece are on the wire.
    /// </summary>
    public static ServerFault SlowBody(int chunks, TimeSpan interval, Action? firstChunkSent = null) => new($"slow body {chunks}x{interval.TotalMilliseconds}ms",
        async (context, exchange) =>
        {
            var body = Encoding.UTF8.GetBytes(exchange.SuccessBody());
            var size = (body.Length + chunks - 1) / chunks;
            context.Response.ContentType = "application/json";
            using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, exchange.ServerStopping);
            try
            {
                await context.Response.StartAsync(either.Token).ConfigureAwait(false);
                for (var offset = 0; offset < body.Length; offset += size)
                {
                    await context.Response.Body.WriteAsync(body.AsMemory(offset, Math.Min(size, body.Length - offset)), either.Token)
                        .ConfigureAwait(false);
                    await context.Response.Body.FlushAsync(either.Token).ConfigureAwait(false);
                    if (offset == 0)
                    {
                        firstChunkSent?.Invoke();
                    }
                    await Task.Delay(interval, either.Token).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException)
            {
                // The client gave up mid-body, which is what the slow-body-beyond-the-timeout case waits for.
                context.Abort();
            }
        });

    private static ServerFault Error(string name, int status, string? retryDelay, (string Header, string Value)[] headers) =>
        new(name, (context, exchange) =>
        {
            foreach (var (header, value) in headers)
            {
                context.Response.Headers.Append(header, value);
            }
            return WriteAsync(context, status, exchange.ErrorBody(status, retryDelay));
        });

    private static Task WriteAsync(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body, context.RequestAborted);
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
