namespace Probes.Storage;

/// <summary>Where records and fingerprints go: bound from the "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><see cref="StorageKinds.Local"/> (embedded default) or <see cref="StorageKinds.Azure"/>.</summary>
    public string Kind { get; set; } = StorageKinds.Local;

    /// <summary>Root folder of the local store; relative paths resolve against the working directory.</summary>
    public string Folder { get; set; } = "probes-data";

    /// <summary>Azure Storage connection string (Azurite's for local clusters); required for the azure kind.</summary>
    public string? ConnectionString { get; set; }

    public string Container { get; set; } = "probes";
}

public static class StorageKinds
{
    public const string Local = "local";
    public const string Azure = "azure";
}
