namespace Probes.Hosting;

/// <summary>
/// How a silo runs: <c>Embedded</c> (one process, localhost clustering, in-memory grain state and reminders) or
/// <c>Azure</c> (Azure Table clustering and reminders, Azure Blob grain state). Bound from the <c>Probes</c>
/// configuration section, so <c>Probes__Cluster=Azure</c> in a container's environment is enough.
/// </summary>
public sealed class ProbesHostOptions
{
    public const string Section = "Probes";

    public ClusterMode Cluster { get; set; } = ClusterMode.Embedded;

    /// <summary>Azure Storage connection string for clustering, grain state and reminders (Azure mode).</summary>
    public string? ClusterConnectionString { get; set; }

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    public string ClusterId { get; set; } = "probes";

    public string ServiceId { get; set; } = "probes";

    /// <summary>Items per shard: the unit of parallelism across silos.</summary>
    public int ShardSize { get; set; } = 250;

    /// <summary>Records per batch blob: the unit of durability (and of re-execution after a crash).</summary>
    public int BatchSize { get; set; } = 50;
}

public enum ClusterMode
{
    Embedded,
    Azure,
}
