namespace Probes.Storage;

/// <summary>Turns configuration into the one <see cref="IBlobStore"/> a process uses.</summary>
public static class BlobStoreFactory
{
    public static IBlobStore Create(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.Equals(options.Kind, StorageKinds.Local, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(options.Folder))
            {
                throw new InvalidOperationException("Storage:Folder is required when Storage:Kind is 'local'.");
            }
            return new LocalFolderBlobStore(options.Folder);
        }
        if (string.Equals(options.Kind, StorageKinds.Azure, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString) || string.IsNullOrWhiteSpace(options.Container))
            {
                throw new InvalidOperationException(
                    "Storage:ConnectionString and Storage:Container are required when Storage:Kind is 'azure'.");
            }
            return AzureBlobStore.FromConnectionString(options.ConnectionString, options.Container);
        }
        throw new InvalidOperationException(
            $"Storage:Kind '{options.Kind}' is unknown; use '{StorageKinds.Local}' or '{StorageKinds.Azure}'.");
    }
}
