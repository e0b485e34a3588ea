using System.Text.Json;
using System.Text.Json.Nodes;
using Probes.Connectors.Http;
using Probes.Connectors.Rates;

namespace Probes.Connectors.Gemini;

/// <summary>The Gemini API's <c>generateContent</c>, one user turn with an optional system instruction.</summary>
internal sealed class GeminiWire(Uri baseUrl, string model, string apiKey) : IChatWire
{
    public static readonly Uri DefaultBaseUrl = new("https://generativelanguage.googleapis.com");

    private readonly Uri _generate = EndpointAddress.Join(baseUrl,
        $"v1beta/models/{Uri.EscapeDataString(ModelName(model))}:generateContent");

    public RateHeaderDialect RateHeaders => RateHeaderDialect.Gemini;

    public HttpRequestMessage CreateRequest(ModelCall call)
    {
        var generation = new JsonObject
        {
            ["temperature"] = call.Sampling.Temperature,
            // Gemini keeps the seed in a 32-bit integer; the low 31 bits give each work item its own draw.
            ["seed"] = (int)(call.Seed & 0x7FFF_FFFF),
        };
        if (call.Sampling.MaxTokens > 0)
        {
            generation["maxOutputTokens"] = call.Sampling.MaxTokens;
        }
        var body = new JsonObject
        {
            ["contents"] = new JsonArray(new JsonObject { ["role"] = "user", ["parts"] = TextParts(call.Prompt) }),
            ["generationConfig"] = generation,
        };
        if (!string.IsNullOrEmpty(call.Sampling.SystemPrompt))
        {
            body["systemInstruction"] = new JsonObject { ["parts"] = TextParts(call.Sampling.SystemPrompt) };
        }
        return JsonPost.Create(_generate, body, "x-goog-api-key", apiKey);
    }

    public ModelReply ReadReply(string body)
    {
        using var document = JsonReading.ParseObject(body);
        var root = document.RootElement;
        var candidate = root.Array("candidates").FirstOrDefault();
        var usage = root.Object("usageMetadata");
        var finishReason = candidate.String("finishReason");
        var text = string.Concat(candidate.Object("content")?.Array("parts").Select(part => part.String("text")) ?? []);
        var reply = new ModelReply
        {
            Text = text.Length > 0 ? text : null,
            FinishReason = FinishReasons.FromGemini(finishReason),
            PromptTokens = usage?.Int("promptTokenCount"),
            CompletionTokens = usage?.Int("candidatesTokenCount"),
            ReturnedModel = root.String("modelVersion"),
            ResponseId = root.String("responseId"),
        };
        return text.Length > 0 ? reply : reply with { Error = ProviderErrors.Empty(WhyEmpty(root, candidate, finishReason)) };
    }

    /// <summary>
    /// Google's error body: <c>{"error":{"code","message","status","details":[…]}}</c>. A 429 is
    /// <c>RESOURCE_EXHAUSTED</c> and names its wait in a <c>google.rpc.RetryInfo</c> detail, often without any header.
    /// </summary>
    public WireFailure ReadFailure(int status, string body, string apiKey)
    {
        using var document = JsonReading.TryParseObject(body);
        if (document?.RootElement.Object("error") is not { } details)
        {
            return new WireFailure(ProviderErrors.ForStatus(status, ProviderErrors.Snippet(body), apiKey));
        }
        var code = details.String("status");
        var retryDelay = details.Array("details")
            .Where(detail => detail.String("@type")?.EndsWith("google.rpc.RetryInfo", StringComparison.Ordinal) == true)
            .Select(detail => RateDurations.ParseDuration(detail.String("retryDelay")))
            .FirstOrDefault(delay => delay is not null);
        return new WireFailure(
            ProviderErrors.ForStatus(status, $"{code}: {details.String("message")}", apiKey, rateLimited: code == "RESOURCE_EXHAUSTED"),
            retryDelay);
    }

    private static string WhyEmpty(JsonElement root, JsonElement candidate, string? finishReason)
    {
        if (root.Object("promptFeedback")?.String("blockReason") is { } blockReason)
        {
            return $"prompt blocked: {blockReason}";
        }
        return candidate.ValueKind == JsonValueKind.Undefined
            ? "no candidates"
            : $"no text parts, finish reason {finishReason ?? "none"}";
    }

    private static JsonArray TextParts(string text) => new(new JsonObject { ["text"] = text });

    // Gemini's own listings name models "models/gemini-…"; a target may copy either form.
    private static string ModelName(string model) =>
        model.StartsWith("models/", StringComparison.Ordinal) ? model["models/".Length..] : model;
}
