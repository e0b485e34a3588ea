using Azure.Storage.Blobs;
using Probes.Testing;

namespace Probes.Storage.Tests;

[Collection(AzuriteFixture.CollectionName)]
public sealed class AzureBlobStoreTests : BlobStoreContract, IAsyncLifetime
{
    private readonly string _connectionString;
    private readonly BlobContainerClient _container;
    private readonly AzureBlobStore _store;

    public AzureBlobStoreTests(AzuriteFixture azurite)
    {
        _connectionString = azurite.ConnectionString;
        _container = new BlobContainerClient(_connectionString, AzuriteFixture.UniqueContainerName("contract"));
        _store = new AzureBlobStore(_container);
    }

    protected override IBlobStore Store => _store;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _container.DeleteIfExistsAsync();

    [Fact]
    public async Task Creates_its_container_on_first_use()
    {
        Assert.False(await _container.ExistsAsync());

        Assert.Null(await _store.ReadAsync("anything"));

        Assert.True(await _container.ExistsAsync());
    }

    [Fact]
    public async Task Stores_built_from_a_connection_string_share_the_container()
    {
        var other = AzureBlobStore.FromConnectionString(_connectionString, _container.Name);
        await _store.WriteAsync("shared/doc", Bytes("one"));

        Assert.Equal("one", Text(await other.ReadAsync("shared/doc")));
    }

    [Fact]
    public void Description_names_the_container_but_not_the_key()
    {
        Assert.Contains(_container.Name, _store.Describe(), StringComparison.Ordinal);
        Assert.DoesNotContain(AzuriteInstance.AccountKey, _store.Describe(), StringComparison.Ordinal);
    }
}
