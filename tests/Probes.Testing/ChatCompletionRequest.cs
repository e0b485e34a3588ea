using System.Text.Json;

namespace Probes.Testing;

/// <summary>The parts of an OpenAI chat-completions request the loopback server answers from.</summary>
internal sealed record ChatCompletionRequest(string Model, string? SystemPrompt, string Prompt, int? MaxTokens)
{
    public static ChatCompletionRequest Parse(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var model = root.TryGetProperty("model", out var modelElement) ? modelElement.GetString() ?? "" : "";
        string? system = null;
        var prompt = "";
        if (root.TryGetProperty("messages", out var messages))
        {
            foreach (var message in messages.EnumerateArray())
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
        }
        return new ChatCompletionRequest(model, system, prompt, ReadMaxTokens(root));
    }

    // Content is either a string or a list of typed parts; only text parts matter here.
    private static string ContentText(JsonElement content) => content.ValueKind == JsonValueKind.String
        ? content.GetString() ?? ""
        : string.Concat(content.EnumerateArray()
            .Where(part => part.TryGetProperty("text", out _))
            .Select(part => part.GetProperty("text").GetString()));

    private static int? ReadMaxTokens(JsonElement root)
    {
        foreach (var name in (string[])["max_completion_tokens", "max_tokens"])
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number)
            {
                return value.GetInt32();
            }
        }
        return null;
    }
}
