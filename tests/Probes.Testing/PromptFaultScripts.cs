using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace Probes.Testing;

/// <summary>
/// <see cref="LoopbackChatServer.Behaviour"/> scripts that fail chosen prompts, whatever order requests arrive in:
/// the same items fail on every attempt until the test heals the server (sets the behaviour back to null).
/// </summary>
public static class PromptFaultScripts
{
    private const string ErrorBody = """{"error":{"message":"scripted failure for this prompt","type":"invalid_request_error","code":null}}""";

    /// <summary>
    /// The first <paramref name="times"/> requests for each prompt in <paramref name="prompts"/> get
    /// <paramref name="fault"/> (in the request's own wire format); later requests for it, and other prompts, are
    /// served. <see cref="int.MaxValue"/> times makes the fault permanent for those prompts.
    /// </summary>
    public static Func<int, HttpContext, Task<bool>> FaultPrompts(IReadOnlySet<string> prompts, ServerFault fault, int times)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(fault);
        var seen = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        return async (_, context) =>
        {
            var prompt = LoopbackChatServer.ExchangeOf(context).Request.ReadPrompt();
            if (!prompts.Contains(prompt) || seen.AddOrUpdate(prompt, 1, (_, count) => count + 1) > times)
            {
                return false;
            }
            await fault.ApplyAsync(context).ConfigureAwait(false);
            return true;
        };
    }

    /// <summary>
    /// Requests to <paramref name="server"/> whose user prompt is in <paramref name="prompts"/> get
    /// <paramref name="status"/>; others are served. The server has read the body already, so the script finds it
    /// among the recorded requests by its number.
    /// </summary>
    public static Func<int, HttpContext, Task<bool>> FailPrompts(LoopbackChatServer server, IReadOnlySet<string> prompts, int status)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(prompts);
        return async (number, context) =>
        {
            var recorded = server.Requests.FirstOrDefault(request => request.Number == number);
            if (recorded is null || !prompts.Contains(ChatCompletionRequest.Parse(recorded.Body).Prompt))
            {
                return false;
            }
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(ErrorBody, context.RequestAborted).ConfigureAwait(false);
            return true;
        };
    }
}
