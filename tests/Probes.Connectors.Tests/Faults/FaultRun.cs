using System.Globalization;
using Microsoft.AspNetCore.Http;
using Probes.Core.Records;
using Probes.Core.Specs;
using Probes.Testing;

namespace Probes.Connectors.Tests.Faults;

/// <summary>
/// One call of one provider's client against a loopback server scripted with a fault, with a key in the
/// environment, so every fault test can also check that the key never surfaced.
/// </summary>
internal static class FaultRun
{
    public const string Model = "loop-model";
    public static readonly ModelCall Call = new("Describe a lighthouse.", SamplingSettings.Default, 3);

    public static Task<FaultOutcome> OnceAsync(string provider, ServerFault fault, TimeSpan? attemptTimeout = null,
        TimeProvider? timeProvider = null) =>
        OnceAsync(provider, FaultScript.Always(fault), attemptTimeout, timeProvider);

    public static async Task<FaultOutcome> OnceAsync(string provider, Func<int, HttpContext, Task<bool>> behaviour,
        TimeSpan? attemptTimeout = null, TimeProvider? timeProvider = null)
    {
        using var key = new ScopedEnvironmentVariable();
        await using var server = await LoopbackChatServer.StartAsync(behaviour);
        using var host = ConnectorTestHost.Create(new Dictionary<string, string?>
        {
            ["Probes:ModelClient:AttemptTimeout"] = (attemptTimeout ?? TimeSpan.FromSeconds(10)).ToString("c", CultureInfo.InvariantCulture),
        }, timeProvider);
        var client = host.Factory.Create(ConnectorTestHost.Target(provider, Model, ConnectorTestHost.BaseUrlFor(provider, server), key.Name));

        var reply = await client.CompleteAsync(Call, CancellationToken.None);

        return new FaultOutcome(reply, server.RequestCount, key.Value, [.. host.Logs.Lines]);
    }
}

internal sealed record FaultOutcome(ModelReply Reply, int RequestsReceived, string Key, IReadOnlyList<string> LogLines)
{
    /// <summary>The call failed as expected, in exactly one attempt, without the key in its message or the logs.</summary>
    public RecordError AssertFailedOnce(string kind, int? status, bool transient)
    {
        var error = Assert.IsType<RecordError>(Reply.Error);
        Assert.Equal(kind, error.Kind);
        Assert.Equal(status, error.Status);
        Assert.Equal(transient, ErrorKinds.IsTransient(error));
        AssertOneAttemptWithoutKey();
        return error;
    }

    public void AssertOneAttemptWithoutKey()
    {
        Assert.Equal(1, Reply.Attempts);
        Assert.Equal(1, RequestsReceived);
        Assert.DoesNotContain(Key, Reply.Error?.Message ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(LogLines, line => line.Contains(Key, StringComparison.Ordinal));
    }
}
