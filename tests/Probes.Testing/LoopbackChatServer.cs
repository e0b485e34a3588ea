using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Probes.Core.Text;

namespace Probes.Testing;

/// <summary>
/// An OpenAI-compatible chat-completions server on 127.0.0.1 and a free port. Replies are a pure function of
/// the request (see <see cref="ReplyFor"/>), every request is recorded with its headers, and
/// <see cref="Behaviour"/> can take over any request to script faults (429 with Retry-After, 500s, bad JSON).
/// </summary>
public sealed class LoopbackChatServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedChatRequest> _requests = new();
    private int _requestCount;

    private LoopbackChatServer(WebApplication app) => _app = app;

    /// <summary>Root of the server, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>What a target's base URL should be: the root plus <c>v1</c>.</summary>
    public string ApiBaseUrl => new Uri(BaseAddress, "v1").ToString();

    /// <summary>
    /// Called first for every request with its 1-based number; returning true means it wrote the response itself.
    /// Replaceable while the server runs.
    /// </summary>
    public Func<int, HttpContext, Task<bool>>? Behaviour { get; set; }

    public IReadOnlyList<RecordedChatRequest> Requests => [.. _requests.OrderBy(request => request.Number)];

    public int RequestCount => Volatile.Read(ref _requestCount);

    public static async Task<LoopbackChatServer> StartAsync(
        Func<int, HttpContext, Task<bool>>? behaviour = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LoopbackChatServer(app) { Behaviour = behaviour };
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        // Port 0 asks the OS for a free port; the bound address is known only once Kestrel listens.
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>The reply text the server gives for a prompt (when no behaviour intervenes).</summary>
    public static string ReplyFor(string prompt) => $"loopback reply {StableHash.Hex(prompt, 6)}";

    /// <summary>The model name the server reports for a requested model.</summary>
    public static string ReturnedModelFor(string requestedModel) => $"{requestedModel}-loopback";

    public static string SystemFingerprintFor(string requestedModel) => $"fp_{StableHash.Hex(requestedModel, 5)}";

    /// <summary>Token usage as the server counts it: one token per whitespace-separated word.</summary>
    public static int CountTokens(string? text) =>
        text is null ? 0 : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _app.StopAsync(stopping.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var receivedAt = DateTimeOffset.UtcNow;
        var number = Interlocked.Increment(ref _requestCount);
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var headers = context.Request.Headers.ToDictionary(
            header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        _requests.Enqueue(new RecordedChatRequest(number, context.Request.Method, context.Request.Path, headers, body, receivedAt));

        if (Behaviour is { } behaviour && await behaviour(number, context).ConfigureAwait(false))
        {
            return;
        }
        if (!HttpMethods.IsPost(context.Request.Method) || context.Request.Path != "/v1/chat/completions")
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await WriteCompletionAsync(context, number, ChatCompletionRequest.Parse(body)).ConfigureAwait(false);
    }

    private static Task WriteCompletionAsync(HttpContext context, int number, ChatCompletionRequest request)
    {
        var words = ReplyFor(request.Prompt).Split(' ');
        var truncated = request.MaxTokens is { } max && max < words.Length;
        var reply = truncated ? string.Join(' ', words.Take(request.MaxTokens!.Value)) : string.Join(' ', words);
        var promptTokens = CountTokens(request.SystemPrompt) + CountTokens(request.Prompt);
        var completionTokens = CountTokens(reply);
        var completion = new JsonObject
        {
            ["id"] = $"chatcmpl-loopback-{number}",
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000,
            ["model"] = ReturnedModelFor(request.Model),
            ["system_fingerprint"] = SystemFingerprintFor(request.Model),
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply },
                ["finish_reason"] = truncated ? "length" : "stop",
            }),
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = promptTokens,
                ["completion_tokens"] = completionTokens,
                ["total_tokens"] = promptTokens + completionTokens,
            },
        };
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(completion.ToJsonString(), context.RequestAborted);
    }
}
