using System.Runtime.CompilerServices;

namespace Probes.Storage;

/// <summary>
/// The one storage seam: named blobs of bytes under a container. Azure Blob Storage in a cluster, a local folder
/// embedded; both use the same paths (<see cref="StorageLayout"/>), so data moves between them by copying.
/// Paths follow <see cref="BlobPath"/>.
/// </summary>
public interface IBlobStore
{
    /// <summary>Writes (or overwrites) a blob. Overwriting is what makes batch retries idempotent.</summary>
    Task WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    /// <summary>The blob's bytes, or null when it does not exist.</summary>
    Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Paths of all blobs whose path starts with <paramref name="prefix"/>, in ordinal order.</summary>
    IAsyncEnumerable<string> ListAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>
    /// Names of the virtual folders directly below <paramref name="folder"/> ("" for the top), in ordinal order: a
    /// folder exists while at least one blob lies somewhere below it. Stores override this with a hierarchical listing,
    /// so listing campaigns does not walk every response batch of every campaign.
    /// </summary>
    async IAsyncEnumerable<string> ListFoldersAsync(string folder,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        BlobPath.EnsureValidFolder(folder);
        var prefix = folder.Length == 0 ? string.Empty : folder + "/";
        var names = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var path in ListAsync(prefix, cancellationToken))
        {
            var rest = path[prefix.Length..];
            var slash = rest.IndexOf('/');
            if (slash > 0)
            {
                names.Add(rest[..slash]);
            }
        }
        foreach (var name in names)
        {
            yield return name;
        }
    }

    /// <summary>A description for logs and messages (folder path or account/container), never a secret.</summary>
    string Describe();
}
