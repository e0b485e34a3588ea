using Probes.Core.Specs;

namespace Probes.Connectors.Http;

/// <summary>
/// Resolves a target's API key from the environment variable the target names. The key lives only in the
/// request headers of the client built for the target: it is never logged, stored or put into any message.
/// </summary>
internal static class ApiKeySource
{
    /// <summary>Sent when a target names no key variable: local servers (vLLM, Ollama) accept any key; this is no secret.</summary>
    public const string Placeholder = "probes-no-key";

    public static string Resolve(TargetSpec target)
    {
        if (string.IsNullOrWhiteSpace(target.ApiKeyEnv))
        {
            return Placeholder;
        }
        var key = Environment.GetEnvironmentVariable(target.ApiKeyEnv);
        return string.IsNullOrWhiteSpace(key)
            ? throw new InvalidOperationException(
                $"Target '{target.Id}' reads its API key from the environment variable '{target.ApiKeyEnv}', which is not set.")
            : key.Trim();
    }
}
