using Microsoft.AspNetCore.Http;

namespace Probes.Testing;

/// <summary>The provider APIs the loopback server speaks; the request path decides which one a request uses.</summary>
public enum WireFormat
{
    /// <summary><c>POST /v1/chat/completions</c></summary>
    OpenAI,

    /// <summary><c>POST /v1/messages</c></summary>
    Anthropic,

    /// <summary><c>POST /v1beta/models/{model}:generateContent</c></summary>
    Gemini,
}

internal static class WireFormats
{
    private const string GeminiPrefix = "/v1beta/models/";
    private const string GeminiSuffix = ":generateContent";

    public static WireFormat? Of(PathString path) => path.Value switch
    {
        "/v1/chat/completions" => WireFormat.OpenAI,
        "/v1/messages" => WireFormat.Anthropic,
        { } value when GeminiModel(value) is not null => WireFormat.Gemini,
        _ => null,
    };

    /// <summary>Gemini names the model in the path, not the body.</summary>
    public static string? GeminiModel(string path) =>
        path.StartsWith(GeminiPrefix, StringComparison.Ordinal) && path.EndsWith(GeminiSuffix, StringComparison.Ordinal) &&
        path.Length > GeminiPrefix.Length + GeminiSuffix.Length
            ? Uri.UnescapeDataString(path[GeminiPrefix.Length..^GeminiSuffix.Length])
            : null;
}
