namespace Probes.Storage;

/// <summary>
/// The one storage seam: named blobs of bytes under a container. Azure Blob Storage in a cluster, a local folder
/// embedded; both use the same paths (<see cref="StorageLayout"/>), so data moves between them by copying.
/// </summary>
public interface IBlobStore
{
    /// <summary>Writes (or overwrites) a blob. Overwriting is what makes batch retries idempotent.</summary>
    Task WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    /// <summary>The blob's bytes, or null when it does not exist.</summary>
    Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Paths of all blobs whose path starts with <paramref name="prefix"/>, in ordinal order.</summary>
    IAsyncEnumerable<string> ListAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>A description for logs and messages (folder path or account/container), never a secret.</summary>
    string Describe();
}
