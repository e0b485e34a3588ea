using Azure.Storage.Blobs;
using Probes.Testing;

namespace Probes.Storage.Tests;

public sealed class ProbeStoreOnLocalFolderTests : ProbeStoreContract, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public ProbeStoreOnLocalFolderTests() => Blobs = new LocalFolderBlobStore(_folder.Path);

    protected override IBlobStore Blobs { get; }

    public void Dispose() => _folder.Dispose();
}

[Collection(AzuriteFixture.CollectionName)]
public sealed class ProbeStoreOnAzureTests : ProbeStoreContract, IAsyncLifetime
{
    private readonly BlobContainerClient _container;

    public ProbeStoreOnAzureTests(AzuriteFixture azurite)
    {
        _container = new BlobContainerClient(azurite.ConnectionString, AzuriteFixture.UniqueContainerName("probestore"));
        Blobs = new AzureBlobStore(_container);
    }

    protected override IBlobStore Blobs { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _container.DeleteIfExistsAsync();
}
