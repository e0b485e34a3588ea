using System.Text.Json;
using System.Text.Json.Nodes;
using Probes.Connectors.Http;
using Probes.Connectors.Rates;

namespace Probes.Connectors.Anthropic;

/// <summary>The Messages API (<c>POST /v1/messages</c>), one user turn with an optional system prompt.</summary>
internal sealed class AnthropicWire(Uri baseUrl, string model, string apiKey) : IChatWire
{
    public static readonly Uri DefaultBaseUrl = new("https://api.anthropic.com");

    public const string ApiVersion = "2023-06-01";

    /// <summary>The API requires max_tokens; a campaign without a limit gets a bound long enough for any probe answer.</summary>
    public const int UnboundedMaxTokens = 4096;

    private readonly Uri _messages = EndpointAddress.Join(baseUrl, "v1/messages");

    public RateHeaderDialect RateHeaders => RateHeaderDialect.Anthropic;

    public HttpRequestMessage CreateRequest(ModelCall call)
    {
        var body = new JsonObject
        {
            ["model"] = model,
            ["max_tokens"] = call.Sampling.MaxTokens > 0 ? call.Sampling.MaxTokens : UnboundedMaxTokens,
            ["temperature"] = call.Sampling.Temperature,
            ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = call.Prompt }),
        };
        if (!string.IsNullOrEmpty(call.Sampling.SystemPrompt))
        {
            body["system"] = call.Sampling.SystemPrompt;
        }
        var request = JsonPost.Create(_messages, body, "x-api-key", apiKey);
        request.Headers.TryAddWithoutValidation("anthropic-version", ApiVersion);
        return request;
    }

    public ModelReply ReadReply(string body)
    {
        using var document = JsonReading.ParseObject(body);
        var root = document.RootElement;
        if (root.String("type") is { } type && type != "message")
        {
            throw new JsonException($"expected a message, found type '{type}'");
        }
        var text = string.Concat(root.Array("content")
            .Where(block => block.String("type") == "text")
            .Select(block => block.String("text")));
        var usage = root.Object("usage");
        var stopReason = root.String("stop_reason");
        var reply = new ModelReply
        {
            Text = text.Length > 0 ? text : null,
            FinishReason = FinishReasons.FromAnthropic(stopReason),
            PromptTokens = usage?.Int("input_tokens"),
            CompletionTokens = usage?.Int("output_tokens"),
            ReturnedModel = root.String("model"),
            ResponseId = root.String("id"),
        };
        return text.Length > 0 ? reply : reply with { Error = ProviderErrors.Empty($"no text content, stop reason {stopReason ?? "none"}") };
    }

    /// <summary>
    /// Anthropic names its errors (<c>rate_limit_error</c>, <c>overloaded_error</c> with status 529, …); an overload
    /// stays an <c>http</c> 529 — a server fault the circuit should count — while a rate limit is the caller's pace.
    /// </summary>
    public WireFailure ReadFailure(int status, string body, string apiKey)
    {
        using var document = JsonReading.TryParseObject(body);
        var error = document?.RootElement.Object("error");
        var type = error?.String("type");
        var detail = type is null ? ProviderErrors.Snippet(body) : $"{type}: {error?.String("message")}";
        return new WireFailure(ProviderErrors.ForStatus(status, detail, apiKey, rateLimited: type == "rate_limit_error"));
    }
}
