namespace Probes.Connectors.Simulated;

/// <summary>Settings of the simulated provider (section <c>Probes:Simulated</c>).</summary>
public sealed class SimulatedOptions
{
    public const string SectionName = "Probes:Simulated";

    /// <summary>
    /// Delay before each reply, waited on the injected TimeProvider, so rate limits and in-flight bounds see
    /// calls that take time. Zero answers at once.
    /// </summary>
    public TimeSpan Latency { get; set; } = TimeSpan.FromMilliseconds(3);
}
