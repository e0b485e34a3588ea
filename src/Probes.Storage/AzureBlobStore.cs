using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Probes.Storage;

/// <summary>
/// Blobs in one Azure Blob Storage container (Azurite locally and in tests). The container is created on first use,
/// so a fresh storage account needs no setup step.
/// </summary>
public sealed class AzureBlobStore : IBlobStore
{
    private readonly BlobContainerClient _container;
    private readonly Lock _creation = new();
    private Task? _containerReady;

    public AzureBlobStore(BlobContainerClient container)
    {
        ArgumentNullException.ThrowIfNull(container);
        _container = container;
    }

    public static AzureBlobStore FromConnectionString(string connectionString, string containerName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(containerName);
        return new AzureBlobStore(new BlobContainerClient(connectionString, containerName));
    }

    public async Task WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        BlobPath.EnsureValid(path);
        await EnsureContainerAsync(cancellationToken);
        await _container.GetBlobClient(path)
            .UploadAsync(BinaryData.FromBytes(content), overwrite: true, cancellationToken);
    }

    public async Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        BlobPath.EnsureValid(path);
        await EnsureContainerAsync(cancellationToken);
        try
        {
            var download = await _container.GetBlobClient(path).DownloadContentAsync(cancellationToken);
            return download.Value.Content.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async IAsyncEnumerable<string> ListAsync(string prefix,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        BlobPath.EnsureValidPrefix(prefix);
        await EnsureContainerAsync(cancellationToken);
        // The service orders by its own collation; the contract is ordinal, so sort once here rather than trust it.
        var paths = new List<string>();
        var listing = _container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken);
        await foreach (var blob in listing)
        {
            paths.Add(blob.Name);
        }
        paths.Sort(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            yield return path;
        }
    }

    public async IAsyncEnumerable<string> ListFoldersAsync(string folder,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        BlobPath.EnsureValidFolder(folder);
        await EnsureContainerAsync(cancellationToken);
        var prefix = folder.Length == 0 ? string.Empty : folder + "/";
        var options = new GetBlobsByHierarchyOptions { Delimiter = "/", Prefix = prefix };
        var names = new List<string>();
        await foreach (var item in _container.GetBlobsByHierarchyAsync(options, cancellationToken))
        {
            if (item.IsPrefix)
            {
                names.Add(item.Prefix[prefix.Length..].TrimEnd('/'));
            }
        }
        names.Sort(StringComparer.Ordinal);
        foreach (var name in names)
        {
            yield return name;
        }
    }

    // The path part of the URI only: a SAS token lives in the query and must never reach a log.
    public string Describe() => $"azure blob container {_container.Uri.GetLeftPart(UriPartial.Path)}";

    private Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        Task ready;
        lock (_creation)
        {
            // Created once per store; a failed or cancelled attempt is retried by the next caller.
            if (_containerReady is null || _containerReady.IsFaulted || _containerReady.IsCanceled)
            {
                _containerReady = _container.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
            }
            ready = _containerReady;
        }
        return ready.WaitAsync(cancellationToken);
    }
}
