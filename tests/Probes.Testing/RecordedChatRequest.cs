using System.Text.Json;

namespace Probes.Testing;

/// <summary>One request as the loopback server received it: headers, body and arrival time, for assertions after the fact.</summary>
public sealed record RecordedChatRequest(
    int Number,
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    string Body)
{
    /// <summary>When the server had the request (UTC, from the server's TimeProvider), for spacing assertions across attempts.</summary>
    public DateTimeOffset ReceivedAt { get; init; }

    public string? Authorization => Headers.GetValueOrDefault("Authorization");

    /// <summary>A header's value, or null; names are case-insensitive.</summary>
    public string? Header(string name) => Headers.GetValueOrDefault(name);

    /// <summary>The user prompt, read in whichever wire format the request's path names.</summary>
    public string ReadPrompt() => ChatCompletionRequest.Parse(WireFormats.Of(Path) ?? WireFormat.OpenAI, Path, Body).Prompt;

    /// <summary>The body parsed as JSON (callers dispose), for checking fields such as temperature or seed.</summary>
    public JsonDocument ParseBody() => JsonDocument.Parse(Body);
}
