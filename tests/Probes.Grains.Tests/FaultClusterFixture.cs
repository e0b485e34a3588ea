namespace Probes.Grains.Tests;

/// <summary>
/// The cluster of the fault matrix: short backoffs and a short attempt timeout, so a campaign meeting a fault ends in
/// seconds, and a circuit that needs far more calls than a matrix case makes, so each case measures the executor's
/// retries alone (the circuit has its own tests). The attempt timeout leaves a slow body that is meant to arrive
/// (0.3 s) more than a second and a half of margin on a busy machine.
/// </summary>
public sealed class FaultClusterFixture() : SiloClusterFixture(new Dictionary<string, string?>
{
    ["Probes:Retry:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ["Probes:Retry:MaxItemTime"] = "00:00:30",
    ["Probes:Retry:BaseDelay"] = "00:00:00.050",
    ["Probes:Retry:MaxDelay"] = "00:00:00.200",
    ["Probes:ModelClient:AttemptTimeout"] = "00:00:02",
    ["Probes:Circuit:MinimumCalls"] = "100000",
})
{
    public const int MaxAttempts = 4;

    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(2);
}

[CollectionDefinition("fault-cluster")]
public sealed class FaultClusterCollection : ICollectionFixture<FaultClusterFixture>;
