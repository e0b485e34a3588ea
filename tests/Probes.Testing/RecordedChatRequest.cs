using System.Text.Json;

namespace Probes.Testing;

/// <summary>
/// One request as the loopback server received it: headers, body and arrival time (wall clock, taken before the body
/// is read), for assertions after the fact.
/// </summary>
public sealed record RecordedChatRequest(
    int Number,
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    DateTimeOffset ReceivedAt = default)
{
    public string? Authorization => Headers.GetValueOrDefault("Authorization");

    /// <summary>The body parsed as JSON (callers dispose), for checking fields such as temperature or seed.</summary>
    public JsonDocument ParseBody() => JsonDocument.Parse(Body);
}
