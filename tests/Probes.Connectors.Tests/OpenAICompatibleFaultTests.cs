using System.Net;
using System.Net.Sockets;
using Probes.Core.Specs;
using Probes.Testing;

namespace Probes.Connectors.Tests;

public sealed class OpenAICompatibleFaultTests
{
    private const string Model = "loop-model";
    private static readonly ModelCall _call = new("Describe a lighthouse.", SamplingSettings.Default, 3);

    [Fact]
    public async Task Rate_limit_with_retry_after_is_retried_and_counted()
    {
        await using var server = await LoopbackChatServer.StartAsync(ChatServerScripts.FailFirst(1, 429, retryAfterSeconds: 1));
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(ConnectorTestHost.Target(KnownProviders.OpenAI, Model, server.ApiBaseUrl));

        var reply = await client.CompleteAsync(_call, CancellationToken.None);

        Assert.Null(reply.Error);
        Assert.Equal(LoopbackChatServer.ReplyFor(_call.Prompt), reply.Text);
        Assert.Equal(2, reply.Attempts);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task Persistent_server_error_becomes_an_error_reply_after_bounded_attempts()
    {
        await using var server = await LoopbackChatServer.StartAsync(ChatServerScripts.AlwaysFail(500));
        using var host = ConnectorTestHost.Create(new Dictionary<string, string?> { ["Probes:ModelClient:MaxRetryAttempts"] = "3" });
        var client = host.Factory.Create(ConnectorTestHost.Target(KnownProviders.OpenAI, Model, server.ApiBaseUrl));

        var reply = await client.CompleteAsync(_call, CancellationToken.None);

        Assert.NotNull(reply.Error);
        Assert.Equal("http", reply.Error.Kind);
        Assert.Equal(500, reply.Error.Status);
        Assert.Equal(4, reply.Attempts);
        Assert.Equal(4, server.RequestCount);
        Assert.Null(reply.Text);
    }

    [Fact]
    public async Task Persistent_rate_limit_is_reported_as_rate_limited()
    {
        await using var server = await LoopbackChatServer.StartAsync(ChatServerScripts.AlwaysFail(429));
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(ConnectorTestHost.Target(KnownProviders.OpenAI, Model, server.ApiBaseUrl));

        var reply = await client.CompleteAsync(_call, CancellationToken.None);

        Assert.Equal("rate_limited", reply.Error?.Kind);
        Assert.Equal(429, reply.Error!.Status);
        Assert.Equal(3, reply.Attempts);
    }

    [Fact]
    public async Task Client_errors_are_not_retried()
    {
        await using var server = await LoopbackChatServer.StartAsync(ChatServerScripts.AlwaysFail(400));
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(ConnectorTestHost.Target(KnownProviders.OpenAI, Model, server.ApiBaseUrl));

        var reply = await client.CompleteAsync(_call, CancellationToken.None);

        Assert.Equal("http", reply.Error?.Kind);
        Assert.Equal(400, reply.Error?.Status);
        Assert.Equal(1, reply.Attempts);
    }

    [Fact]
    public async Task Malformed_json_becomes_a_malformed_error()
    {
        await using var server = await LoopbackChatServer.StartAsync(ChatServerScripts.RespondWith("{\"choices\": [ {\"message\": "));
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(ConnectorTestHost.Target(KnownProviders.OpenAI, Model, server.ApiBaseUrl));

        var reply = await client.CompleteAsync(_call, CancellationToken.None);

        Assert.Equal("malformed", reply.Error?.Kind);
        Assert.Equal(1, reply.Attempts);
    }

    [Fact]
    public async Task A_completion_without_text_becomes_an_empty_error()
    {
        const string filtered = """
            {"id":"x","object":"chat.completion","created":1,"model":"m","choices":[
              {"index":0,"message":{"role":"assistant","content":null},"finish_reason":"content_filter"}]}
            """;
        await using var server = await LoopbackChatServer.StartAsync(ChatServerScripts.RespondWith(filtered));
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(ConnectorTestHost.Target(KnownProviders.OpenAI, Model, server.ApiBaseUrl));

        var reply = await client.CompleteAsync(_call, CancellationToken.None);

        Assert.Equal("empty", reply.Error?.Kind);
        Assert.Equal("content_filter", reply.FinishReason);
        Assert.Equal("m", reply.ReturnedModel);
    }

    [Fact]
    public async Task A_completion_without_choices_is_malformed()
    {
        const string noChoices = """{"id":"x","object":"chat.completion","created":1,"model":"m","choices":[]}""";
        await using var server = await LoopbackChatServer.StartAsync(ChatServerScripts.RespondWith(noChoices));
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(ConnectorTestHost.Target(KnownProviders.OpenAI, Model, server.ApiBaseUrl));

        var reply = await client.CompleteAsync(_call, CancellationToken.None);

        Assert.Equal("malformed", reply.Error?.Kind);
    }

    [Fact]
    public async Task A_key_echoed_by_the_provider_never_reaches_the_error_or_the_logs()
    {
        using var key = new ScopedEnvironmentVariable();
        await using var server = await LoopbackChatServer.StartAsync(async (_, context) =>
        {
            var echoed = context.Request.Headers.Authorization.ToString();
            await ChatServerScripts.RespondWith($$$"""{"error":{"message":"Incorrect API key provided: {{{echoed}}}"}}""", 401)(1, context);
            return true;
        });
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(ConnectorTestHost.Target(KnownProviders.OpenAI, Model, server.ApiBaseUrl, key.Name));

        var reply = await client.CompleteAsync(_call, CancellationToken.None);

        Assert.Equal(401, reply.Error?.Status);
        Assert.DoesNotContain(key.Value, reply.Error!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(key.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stalled_endpoint_becomes_a_timeout_error()
    {
        await using var server = await LoopbackChatServer.StartAsync(ChatServerScripts.Stall(TimeSpan.FromSeconds(20)));
        using var host = ConnectorTestHost.Create(new Dictionary<string, string?>
        {
            ["Probes:ModelClient:MaxRetryAttempts"] = "1",
            ["Probes:ModelClient:AttemptTimeout"] = "00:00:00.200",
            ["Probes:ModelClient:TotalTimeout"] = "00:00:05",
        });
        var client = host.Factory.Create(ConnectorTestHost.Target(KnownProviders.OpenAI, Model, server.ApiBaseUrl));

        var reply = await client.CompleteAsync(_call, CancellationToken.None);

        Assert.Equal("timeout", reply.Error?.Kind);
        Assert.Equal(2, reply.Attempts);
    }

    [Fact]
    public async Task A_closed_port_becomes_a_connection_error()
    {
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(ConnectorTestHost.Target(KnownProviders.OpenAI, Model, $"http://127.0.0.1:{ClosedPort()}/v1"));

        var reply = await client.CompleteAsync(_call, CancellationToken.None);

        Assert.Equal("connection", reply.Error?.Kind);
        Assert.Equal(3, reply.Attempts);
    }

    [Fact]
    public async Task Cancellation_is_honoured_rather_than_reported()
    {
        await using var server = await LoopbackChatServer.StartAsync(ChatServerScripts.Stall(TimeSpan.FromSeconds(20)));
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(ConnectorTestHost.Target(KnownProviders.OpenAI, Model, server.ApiBaseUrl));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.CompleteAsync(_call, cancellation.Token));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
