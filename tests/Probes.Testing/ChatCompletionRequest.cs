using System.Text.Json;

namespace Probes.Testing;

/// <summary>The parts of a chat request the loopback server answers from, whichever wire format carried it.</summary>
internal sealed record ChatCompletionRequest(string Model, string? SystemPrompt, string Prompt, int? MaxTokens)
{
    public static ChatCompletionRequest Parse(WireFormat format, string path, string body) => format switch
    {
        WireFormat.Anthropic => ParseAnthropic(body),
        WireFormat.Gemini => ParseGemini(WireFormats.GeminiModel(path) ?? "", body),
        _ => Parse(body),
    };

    /// <summary>OpenAI chat completions: messages with roles, max_completion_tokens or max_tokens.</summary>
    public static ChatCompletionRequest Parse(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        string? system = null;
        var prompt = "";
        foreach (var message in Items(root, "messages"))
        {
            var role = message.GetProperty("role").GetString();
            var content = ContentText(message.GetProperty("content"));
            if (role is "system" or "developer")
            {
                system = content;
            }
            else if (role == "user")
            {
                prompt = content;
            }
        }
        return new ChatCompletionRequest(Text(root, "model") ?? "", system, prompt, Number(root, "max_completion_tokens", "max_tokens"));
    }

    /// <summary>Anthropic Messages: a top-level system string, user messages, a required max_tokens.</summary>
    private static ChatCompletionRequest ParseAnthropic(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var prompt = Items(root, "messages")
            .Where(message => message.GetProperty("role").GetString() == "user")
            .Select(message => ContentText(message.GetProperty("content")))
            .LastOrDefault() ?? "";
        return new ChatCompletionRequest(Text(root, "model") ?? "", Text(root, "system"), prompt, Number(root, "max_tokens"));
    }

    /// <summary>Gemini generateContent: contents with parts, systemInstruction, generationConfig.maxOutputTokens.</summary>
    private static ChatCompletionRequest ParseGemini(string model, string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var prompt = Items(root, "contents").Select(content => PartsText(content)).LastOrDefault() ?? "";
        string? system = root.TryGetProperty("systemInstruction", out var instruction) ? PartsText(instruction) : null;
        int? maxTokens = root.TryGetProperty("generationConfig", out var config) ? Number(config, "maxOutputTokens") : null;
        return new ChatCompletionRequest(model, system, prompt, maxTokens);
    }

    private static IEnumerable<JsonElement> Items(JsonElement root, string name) =>
        root.TryGetProperty(name, out var items) && items.ValueKind == JsonValueKind.Array ? items.EnumerateArray() : [];

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string PartsText(JsonElement content) =>
        string.Concat(Items(content, "parts").Select(part => Text(part, "text")));

    // Content is either a string or a list of typed parts; only text parts matter here.
    private static string ContentText(JsonElement content) => content.ValueKind == JsonValueKind.String
        ? content.GetString() ?? ""
        : string.Concat(content.EnumerateArray().Select(part => Text(part, "text")));

    private static int? Number(JsonElement root, params string[] names)
    {
        foreach (var name in names)
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number)
            {
                return value.GetInt32();
            }
        }
        return null;
    }
}
