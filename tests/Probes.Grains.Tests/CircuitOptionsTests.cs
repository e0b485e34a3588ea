using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Probes.Contracts;
using Probes.Core.Rates;
using Probes.Core.Specs;
using Probes.Hosting;
using Probes.Storage;

namespace Probes.Grains.Tests;

/// <summary>
/// The circuit's bounds come from <c>Probes:Circuit</c>: the fault cluster asks for far more calls than the default
/// before a failure ratio counts, so a burst of server faults that opens the default circuit (see
/// <see cref="TargetGrainTests"/>) leaves its governor granting.
/// </summary>
[Collection("fault-cluster")]
public sealed class CircuitOptionsTests(FaultClusterFixture fixture)
{
    [Fact]
    public async Task A_configured_minimum_of_calls_keeps_the_circuit_closed_through_a_burst_of_server_faults()
    {
        var grain = fixture.Cluster.Client.GetGrain<ITargetGrain>($"circuit-{Guid.NewGuid():N}");

        var lease = await CircuitProbe.AfterServerFaultsAsync(grain, faults: 50);

        Assert.False(lease.CircuitOpen);
    }

    [Fact]
    public void Unusable_circuit_options_stop_the_runtime_from_starting()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Probes:Circuit:FailureRatio"] = "1.5" })
            .Build();
        using var services = new ServiceCollection()
            .AddProbesRuntime(configuration, new StorageOptions { Kind = StorageKinds.Local, Folder = fixture.DataFolder })
            .BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CircuitOptions>>().Value);
        Assert.Contains("Probes:Circuit", failure.Message, StringComparison.Ordinal);
    }
}

/// <summary>Feeds a target's governor a burst of failed calls and asks it for a permit afterwards.</summary>
internal static class CircuitProbe
{
    public static async Task<PermitLease> AfterServerFaultsAsync(ITargetGrain grain, int faults)
    {
        await grain.ConfigureAsync(new RateSettings(RequestsPerMinute: 600, MaxInFlight: 4));
        var failed = new ReturnedCalls { Completed = faults, ServerFaults = faults };
        await grain.LeaseAsync(new PermitRequest("shard-a", 0, 0, failed));
        return await grain.LeaseAsync(new PermitRequest("shard-a", 1, 0, ReturnedCalls.None));
    }
}
