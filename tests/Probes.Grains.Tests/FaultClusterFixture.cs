namespace Probes.Grains.Tests;

/// <summary>
/// The cluster of the fault matrix: short backoffs and a short attempt timeout, so a campaign meeting a fault ends in
/// seconds, and a circuit that needs far more calls than a matrix case makes, so each case measures the executor's
/// retries alone (the circuit has its own tests).
/// </summary>
public sealed class FaultClusterFixture() : SiloClusterFixture(new Dictionary<string, string?>
{
    ["Probes:Retry:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ["Probes:Retry:MaxItemTime"] = "00:00:30",
    ["Probes:Retry:BaseDelay"] = "00:00:00.050",
    ["Probes:Retry:MaxDelay"] = "00:00:00.200",
    ["Probes:ModelClient:AttemptTimeout"] = "00:00:01",
    ["Probes:Circuit:MinimumCalls"] = "100000",
})
{
    public const int MaxAttempts = 4;

    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(1);
}

[CollectionDefinition("fault-cluster")]
public sealed class FaultClusterCollection : ICollectionFixture<FaultClusterFixture>;
