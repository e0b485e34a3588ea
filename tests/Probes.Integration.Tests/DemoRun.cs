namespace Probes.Integration.Tests;

/// <summary>
/// The README's first command, run once for every test that reads what it leaves behind: a demo takes tens of seconds,
/// and what the analyst commands read is exactly what a user finds after it.
/// </summary>
public sealed class DemoRun : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("probes-demo-");

    public string Data => Path.Combine(_folder.FullName, "data");

    public (int ExitCode, string Output, string Error) Result { get; private set; }

    public async Task InitializeAsync() => Result = await CliProcess.RunAsync(null, "demo", "--data", Data);

    public Task DisposeAsync()
    {
        _folder.Delete(recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class DemoCollection : ICollectionFixture<DemoRun>
{
    public const string Name = "one demo run";
}
