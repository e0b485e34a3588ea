using Microsoft.AspNetCore.Http;

namespace Probes.Testing;

/// <summary>Ready-made <see cref="LoopbackChatServer.Behaviour"/> scripts for fault-injection tests.</summary>
public static class ChatServerScripts
{
    private const string ErrorBody = """{"error":{"message":"scripted failure","type":"server_error","code":null}}""";

    /// <summary>The first <paramref name="count"/> requests fail with <paramref name="status"/>; later ones are served.</summary>
    public static Func<int, HttpContext, Task<bool>> FailFirst(int count, int status, int? retryAfterSeconds = null) =>
        async (number, context) =>
        {
            if (number > count)
            {
                return false;
            }
            await WriteErrorAsync(context, status, retryAfterSeconds).ConfigureAwait(false);
            return true;
        };

    /// <summary>Every request fails with <paramref name="status"/>.</summary>
    public static Func<int, HttpContext, Task<bool>> AlwaysFail(int status) =>
        async (_, context) =>
        {
            await WriteErrorAsync(context, status, null).ConfigureAwait(false);
            return true;
        };

    /// <summary>Every request gets status 200 with <paramref name="body"/> as a JSON content type.</summary>
    public static Func<int, HttpContext, Task<bool>> RespondWith(string body, int status = StatusCodes.Status200OK) =>
        async (_, context) =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
            return true;
        };

    /// <summary>Holds every request until the client gives up (or <paramref name="limit"/> passes), then aborts it.</summary>
    public static Func<int, HttpContext, Task<bool>> Stall(TimeSpan limit) =>
        async (_, context) =>
        {
            try
            {
                await Task.Delay(limit, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The client abandoned the attempt, which is what a stall test waits for.
            }
            context.Abort();
            return true;
        };

    private static async Task WriteErrorAsync(HttpContext context, int status, int? retryAfterSeconds)
    {
        context.Response.StatusCode = status;
        if (retryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(ErrorBody, context.RequestAborted).ConfigureAwait(false);
    }
}
