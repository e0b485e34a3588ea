using Probes.Testing;

namespace Probes.Integration.Tests;

/// <summary>A campaign spec of the core probe set against one <c>openai</c> target served by a loopback server.</summary>
internal static class LoopbackSpec
{
    /// <summary>Writes <c>{name}.yaml</c> into <paramref name="folder"/> and returns its path.</summary>
    public static async Task<string> WriteAsync(DirectoryInfo folder, string name, LoopbackChatServer server, int samples)
    {
        var spec = Path.Combine(folder.FullName, $"{name}.yaml");
        await File.WriteAllTextAsync(spec, $"""
            name: {name}
            probe_sets:
              - builtin: core
            samples_per_probe: {samples}
            sampling: {"{"} temperature: 0.7, max_tokens: 64 {"}"}
            targets:
              - id: loop
                provider: openai
                model: loop-model
                base_url: {server.ApiBaseUrl}
                rate: {"{"} requests_per_minute: 60000, max_in_flight: 8 {"}"}
            """);
        return spec;
    }
}
