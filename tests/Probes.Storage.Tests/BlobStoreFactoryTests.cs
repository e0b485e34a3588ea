using Probes.Testing;

namespace Probes.Storage.Tests;

public sealed class BlobStoreFactoryTests
{
    [Fact]
    public void Defaults_to_a_local_folder_and_the_probes_container()
    {
        var options = new StorageOptions();

        Assert.Equal(StorageKinds.Local, options.Kind);
        Assert.Equal("probes", options.Container);
        Assert.IsType<LocalFolderBlobStore>(BlobStoreFactory.Create(options));
    }

    [Fact]
    public void Builds_the_local_store_on_the_configured_folder()
    {
        using var folder = new TemporaryFolder();

        var store = BlobStoreFactory.Create(new StorageOptions { Kind = "Local", Folder = folder.Path });

        Assert.Equal(folder.Path, Assert.IsType<LocalFolderBlobStore>(store).Root);
    }

    [Fact]
    public void Builds_the_azure_store_from_a_connection_string()
    {
        var options = new StorageOptions
        {
            Kind = "azure",
            ConnectionString = AzuriteInstance.BuildConnectionString(1, 2, 3),
            Container = "records",
        };

        var store = BlobStoreFactory.Create(options);

        Assert.IsType<AzureBlobStore>(store);
        Assert.EndsWith("/records", store.Describe(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("azure", null, "probes")]
    [InlineData("azure", "UseDevelopmentStorage=true", "")]
    [InlineData("s3", "x", "probes")]
    public void Refuses_incomplete_or_unknown_settings(string kind, string? connectionString, string container)
    {
        var options = new StorageOptions { Kind = kind, ConnectionString = connectionString, Container = container };

        Assert.Throws<InvalidOperationException>(() => BlobStoreFactory.Create(options));
    }
}
