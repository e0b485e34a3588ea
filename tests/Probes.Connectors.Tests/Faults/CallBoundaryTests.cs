using Microsoft.AspNetCore.Http;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using Probes.Core.Records;
using Probes.Testing;

namespace Probes.Connectors.Tests.Faults;

/// <summary>The edges of one call: keys echoed back, nobody listening, the caller cancelling.</summary>
public sealed class CallBoundaryTests
{
    [Theory]
    [InlineData(KnownProviders.OpenAI)]
    [InlineData(KnownProviders.Anthropic)]
    [InlineData(KnownProviders.Gemini)]
    public async Task A_key_echoed_by_the_provider_never_reaches_the_error_or_the_logs(string provider)
    {
        // Providers quote the offending key in 401 bodies; this server quotes every request header.
        var outcome = await FaultRun.OnceAsync(provider, async (_, context) =>
        {
            var echoed = string.Join("; ", context.Request.Headers.Select(header => $"{header.Key}={header.Value}"));
            context.Response.StatusCode = 401;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(
                $$$"""{"type":"error","error":{"type":"authentication_error","message":"invalid key {{{echoed}}}","status":"UNAUTHENTICATED"}}""");
            return true;
        });

        var error = outcome.AssertFailedOnce(ErrorKinds.Http, 401, transient: false);
        Assert.Contains("[redacted]", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(KnownProviders.OpenAI, "/v1")]
    [InlineData(KnownProviders.Anthropic, "")]
    [InlineData(KnownProviders.Gemini, "")]
    public async Task A_closed_port_is_a_connection_fault(string provider, string path)
    {
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(ConnectorTestHost.Target(provider, FaultRun.Model, $"http://127.0.0.1:{ClosedPort()}{path}"));

        var reply = await client.CompleteAsync(FaultRun.Call, CancellationToken.None);

        Assert.Equal(ErrorKinds.Connection, reply.Error?.Kind);
        Assert.Equal(1, reply.Attempts);
        Assert.True(ErrorKinds.IsTransient(reply.Error!));
    }

    [Theory]
    [InlineData(KnownProviders.OpenAI)]
    [InlineData(KnownProviders.Anthropic)]
    [InlineData(KnownProviders.Gemini)]
    public async Task Cancellation_by_the_caller_throws_rather_than_being_reported(string provider)
    {
        // The caller cancels once the server holds the request, not after a fixed time that a busy machine may
        // spend before the request even arrives.
        using var cancellation = new CancellationTokenSource();
        await using var server = await LoopbackChatServer.StartAsync(FaultScript.Always(ServerFaults.Hang(cancellation.Cancel)));
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(ConnectorTestHost.Target(provider, FaultRun.Model, ConnectorTestHost.BaseUrlFor(provider, server)));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.CompleteAsync(FaultRun.Call, cancellation.Token));
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task Only_the_first_request_of_a_script_fails_and_the_next_call_is_served()
    {
        await using var server = await LoopbackChatServer.StartAsync(FaultScript.Of(ServerFaults.Status(503)));
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(ConnectorTestHost.Target(KnownProviders.Anthropic, FaultRun.Model, server.RootUrl));

        var first = await client.CompleteAsync(FaultRun.Call, CancellationToken.None);
        var second = await client.CompleteAsync(FaultRun.Call, CancellationToken.None);

        Assert.Equal(503, first.Error?.Status);
        Assert.Null(second.Error);
        Assert.Equal(2, server.RequestCount);
        Assert.True(server.Requests[1].ReceivedAt >= server.Requests[0].ReceivedAt);
    }

    [Fact]
    public async Task Arrival_times_come_from_the_server_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));
        await using var server = await LoopbackChatServer.StartAsync(timeProvider: clock);
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(ConnectorTestHost.Target(KnownProviders.Gemini, FaultRun.Model, server.RootUrl));

        await client.CompleteAsync(FaultRun.Call, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(5));
        await client.CompleteAsync(FaultRun.Call, CancellationToken.None);

        Assert.Equal([clock.Start, clock.Start.AddSeconds(5)], server.Requests.Select(request => request.ReceivedAt));
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
