using System.Collections.Concurrent;
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
/// A model API server on 127.0.0.1 and a free port that speaks the OpenAI, Anthropic and Gemini wire formats
/// (chosen by path, see <see cref="WireFormat"/>). Replies are a pure function of the request (see
/// <see cref="ReplyFor"/>), every request is recorded with its headers and arrival time, and
/// <see cref="Behaviour"/> can take over any request to script faults (see <see cref="FaultScript"/>).
/// </summary>
public sealed class LoopbackChatServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedChatRequest> _requests = new();
    private readonly TimeProvider _timeProvider;
    private int _requestCount;

    private LoopbackChatServer(WebApplication app, TimeProvider timeProvider)
    {
        _app = app;
        _timeProvider = timeProvider;
    }

    /// <summary>Root of the server, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>What a target's base URL should be: the root plus <c>v1</c>.</summary>
    public string ApiBaseUrl => new Uri(BaseAddress, "v1").ToString();

    /// <summary>What an Anthropic or Gemini target's base URL should be: the root (the clients add the API path).</summary>
    public string RootUrl => BaseAddress.ToString();

    /// <summary>
    /// Called first for every request with its 1-based number; returning true means it wrote the response itself.
    /// Replaceable while the server runs.
    /// </summary>
    public Func<int, HttpContext, Task<bool>>? Behaviour { get; set; }

    public IReadOnlyList<RecordedChatRequest> Requests => [.. _requests.OrderBy(request => request.Number)];

    public int RequestCount => Volatile.Read(ref _requestCount);

    /// <param name="timeProvider">Stamps each request's arrival; the system clock when not given.</param>
    public static async Task<LoopbackChatServer> StartAsync(
        Func<int, HttpContext, Task<bool>>? behaviour = null, CancellationToken cancellationToken = default,
        TimeProvider? timeProvider = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LoopbackChatServer(app, timeProvider ?? TimeProvider.System) { Behaviour = behaviour };
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

    /// <summary>The id the server gives its <paramref name="number"/>th response, in the provider's own style.</summary>
    public static string ResponseIdFor(WireFormat format, int number) => format switch
    {
        WireFormat.Anthropic => $"msg_loopback_{number}",
        WireFormat.Gemini => $"loopback-response-{number}",
        _ => $"chatcmpl-loopback-{number}",
    };

    /// <summary>Token usage as the server counts it: one token per whitespace-separated word.</summary>
    public static int CountTokens(string? text) =>
        text is null ? 0 : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _app.StopAsync(stopping.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>The exchange a scripted behaviour is answering (set before <see cref="Behaviour"/> runs).</summary>
    internal static LoopbackExchange ExchangeOf(HttpContext context) =>
        context.Items[typeof(LoopbackExchange)] as LoopbackExchange
        ?? throw new InvalidOperationException("Not a request of the loopback server.");

    private async Task HandleAsync(HttpContext context)
    {
        var number = Interlocked.Increment(ref _requestCount);
        var receivedAt = _timeProvider.GetUtcNow();
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var headers = context.Request.Headers.ToDictionary(
            header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedChatRequest(number, context.Request.Method, context.Request.Path, headers, body)
        {
            ReceivedAt = receivedAt,
        };
        _requests.Enqueue(recorded);
        var format = HttpMethods.IsPost(context.Request.Method) ? WireFormats.Of(context.Request.Path) : null;
        var stopping = _app.Lifetime.ApplicationStopping;
        context.Items[typeof(LoopbackExchange)] = new LoopbackExchange(number, format ?? WireFormat.OpenAI, recorded, stopping);

        if (Behaviour is { } behaviour && await behaviour(number, context).ConfigureAwait(false))
        {
            return;
        }
        if (format is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(ExchangeOf(context).SuccessBody(), context.RequestAborted).ConfigureAwait(false);
    }
}
