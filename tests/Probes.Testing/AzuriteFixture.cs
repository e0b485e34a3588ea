using Xunit;

namespace Probes.Testing;

/// <summary>
/// One emulator shared by every test class of an assembly's "azurite" collection. xunit 2 looks for collection
/// definitions in the test assembly itself, so each test project declares
/// <c>[CollectionDefinition("azurite")] public sealed class AzuriteCollection : ICollectionFixture&lt;AzuriteFixture&gt;;</c>
/// and marks its classes <c>[Collection("azurite")]</c>.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string CollectionName = "azurite";

    private AzuriteInstance? _instance;

    public string ConnectionString =>
        _instance?.ConnectionString ?? throw new InvalidOperationException("Azurite has not been started.");

    /// <summary>
    /// A container name no other test uses, so tests sharing the emulator never see each other's blobs
    /// (container names allow lowercase letters, digits and '-', at most 63 characters).
    /// </summary>
    public static string UniqueContainerName(string purpose)
    {
        var letters = new string(purpose.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(30).ToArray());
        return $"{(letters.Length == 0 ? "test" : letters)}-{Guid.NewGuid():N}";
    }

    public async Task InitializeAsync() => _instance = await AzuriteInstance.StartAsync();

    public async Task DisposeAsync()
    {
        if (_instance is not null)
        {
            await _instance.DisposeAsync();
        }
    }
}
