namespace Probes.Grains;

/// <summary>The name of the grain-state provider every Probes grain uses (memory embedded, Azure Blob in a cluster).</summary>
public static class GrainStorage
{
    public const string Name = "probes";
}
