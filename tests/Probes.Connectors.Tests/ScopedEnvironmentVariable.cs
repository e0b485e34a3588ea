namespace Probes.Connectors.Tests;

/// <summary>A uniquely named environment variable holding a fake key, removed again on dispose.</summary>
internal sealed class ScopedEnvironmentVariable : IDisposable
{
    public ScopedEnvironmentVariable()
    {
        Name = $"PROBES_TEST_KEY_{Guid.NewGuid():N}";
        Value = $"sk-test-{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(Name, Value);
    }

    public string Name { get; }

    public string Value { get; }

    public void Dispose() => Environment.SetEnvironmentVariable(Name, null);
}
