namespace Probes.Grains.Tests;

/// <summary>The cluster most tests share: production settings, except that items give up after 15 s rather than 2 min.</summary>
public sealed class ClusterFixture() : SiloClusterFixture(new Dictionary<string, string?>
{
    // A test of a dead endpoint then ends in seconds.
    ["Probes:Retry:MaxItemTime"] = "00:00:15",
});

[CollectionDefinition("cluster")]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>;
