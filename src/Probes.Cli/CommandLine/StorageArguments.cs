using Probes.Storage;

namespace Probes.Cli.CommandLine;

/// <summary>
/// Where records and fingerprints live: <c>--storage DIR</c> (a local folder, the default <c>./probes-data</c>)
/// or <c>--storage-connection-string CS</c> with <c>--container NAME</c> (Azure Blob Storage).
/// <c>PROBES_STORAGE_CONNECTION_STRING</c> stands in for the option, so a connection string need not sit in shell history.
/// </summary>
public static class StorageArguments
{
    public static readonly string[] Names = ["storage", "storage-connection-string", "container"];

    public static StorageOptions Read(Arguments args, string folderOption = "storage")
    {
        var connection = args.Option("storage-connection-string") ?? Environment.GetEnvironmentVariable("PROBES_STORAGE_CONNECTION_STRING");
        var folder = args.Option(folderOption);
        if (connection is not null && folder is not null)
        {
            throw new UsageException($"give either --{folderOption} or --storage-connection-string, not both");
        }
        return connection is not null
            ? new StorageOptions { Kind = StorageKinds.Azure, ConnectionString = connection, Container = args.Option("container") ?? "probes" }
            : new StorageOptions { Kind = StorageKinds.Local, Folder = Path.GetFullPath(folder ?? "probes-data") };
    }
}
