using System.Text.Json;

namespace Probes.Testing;

/// <summary>One request as the loopback server received it: headers and body, for assertions after the fact.</summary>
public sealed record RecordedChatRequest(
    int Number,
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    string Body)
{
    public string? Authorization => Headers.GetValueOrDefault("Authorization");

    /// <summary>The body parsed as JSON (callers dispose), for checking fields such as temperature or seed.</summary>
    public JsonDocument ParseBody() => JsonDocument.Parse(Body);
}
