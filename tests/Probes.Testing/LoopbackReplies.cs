using System.Text.Json.Nodes;

namespace Probes.Testing;

/// <summary>
/// The bodies the loopback server writes, in each provider's wire format: a deterministic answer, an answer with
/// no text, and an error. Answers are pure functions of the request (see <see cref="LoopbackChatServer.ReplyFor"/>).
/// </summary>
internal static class LoopbackReplies
{
    public static string Success(WireFormat format, ChatCompletionRequest request, int number)
    {
        var words = LoopbackChatServer.ReplyFor(request.Prompt).Split(' ');
        var truncated = request.MaxTokens is { } max && max < words.Length;
        var reply = string.Join(' ', truncated ? words.Take(request.MaxTokens!.Value) : words);
        var usage = new Usage(
            LoopbackChatServer.CountTokens(request.SystemPrompt) + LoopbackChatServer.CountTokens(request.Prompt),
            LoopbackChatServer.CountTokens(reply));
        var model = LoopbackChatServer.ReturnedModelFor(request.Model);
        var id = LoopbackChatServer.ResponseIdFor(format, number);
        return (format switch
        {
            WireFormat.Anthropic => Anthropic(id, model, reply, truncated ? "max_tokens" : "end_turn", usage),
            WireFormat.Gemini => Gemini(id, model, reply, truncated ? "MAX_TOKENS" : "STOP", usage),
            _ => OpenAI(id, model, LoopbackChatServer.SystemFingerprintFor(request.Model), reply, truncated ? "length" : "stop", usage),
        }).ToJsonString();
    }

    /// <summary>A well-formed answer without text: no choices, no candidates, an empty content list.</summary>
    public static string Empty(WireFormat format, ChatCompletionRequest request, int number, string? blockReason = null)
    {
        var model = LoopbackChatServer.ReturnedModelFor(request.Model);
        var id = LoopbackChatServer.ResponseIdFor(format, number);
        var zero = new Usage(LoopbackChatServer.CountTokens(request.Prompt), 0);
        JsonObject body = format switch
        {
            WireFormat.Anthropic => Anthropic(id, model, null, "end_turn", zero),
            WireFormat.Gemini => Gemini(id, model, null, null, zero),
            _ => OpenAI(id, model, LoopbackChatServer.SystemFingerprintFor(request.Model), null, null, zero),
        };
        if (format == WireFormat.Gemini && blockReason is not null)
        {
            body["promptFeedback"] = new JsonObject { ["blockReason"] = blockReason };
        }
        return body.ToJsonString();
    }

    /// <summary>Each provider's error envelope; <paramref name="retryDelay"/> becomes Gemini's RetryInfo detail.</summary>
    public static string Error(WireFormat format, int status, string? retryDelay = null) => (format switch
    {
        WireFormat.Anthropic => new JsonObject
        {
            ["type"] = "error",
            ["error"] = new JsonObject { ["type"] = AnthropicType(status), ["message"] = $"scripted {status}" },
        },
        WireFormat.Gemini => new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = status,
                ["message"] = $"scripted {status}",
                ["status"] = GoogleStatus(status),
                ["details"] = retryDelay is null
                    ? new JsonArray()
                    : new JsonArray(new JsonObject { ["@type"] = "type.googleapis.com/google.rpc.RetryInfo", ["retryDelay"] = retryDelay }),
            },
        },
        _ => new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["message"] = $"scripted {status}",
                ["type"] = status == 429 ? "requests" : "server_error",
                ["code"] = status == 429 ? "rate_limit_exceeded" : null,
            },
        },
    }).ToJsonString();

    private static JsonObject OpenAI(string id, string model, string fingerprint, string? text, string? finish, Usage usage) => new()
    {
        ["id"] = id,
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = model,
        ["system_fingerprint"] = fingerprint,
        ["choices"] = text is null
            ? new JsonArray()
            : new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = text },
                ["finish_reason"] = finish,
            }),
        ["usage"] = new JsonObject
        {
            ["prompt_tokens"] = usage.Prompt,
            ["completion_tokens"] = usage.Completion,
            ["total_tokens"] = usage.Prompt + usage.Completion,
        },
    };

    private static JsonObject Anthropic(string id, string model, string? text, string stopReason, Usage usage) => new()
    {
        ["id"] = id,
        ["type"] = "message",
        ["role"] = "assistant",
        ["model"] = model,
        ["content"] = text is null ? new JsonArray() : new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text }),
        ["stop_reason"] = stopReason,
        ["stop_sequence"] = null,
        ["usage"] = new JsonObject { ["input_tokens"] = usage.Prompt, ["output_tokens"] = usage.Completion },
    };

    private static JsonObject Gemini(string id, string model, string? text, string? finishReason, Usage usage) => new()
    {
        ["candidates"] = text is null
            ? new JsonArray()
            : new JsonArray(new JsonObject
            {
                ["content"] = new JsonObject
                {
                    ["role"] = "model",
                    ["parts"] = new JsonArray(new JsonObject { ["text"] = text }),
                },
                ["finishReason"] = finishReason,
                ["index"] = 0,
            }),
        ["usageMetadata"] = new JsonObject
        {
            ["promptTokenCount"] = usage.Prompt,
            ["candidatesTokenCount"] = usage.Completion,
            ["totalTokenCount"] = usage.Prompt + usage.Completion,
        },
        ["modelVersion"] = model,
        ["responseId"] = id,
    };

    private static string AnthropicType(int status) => status switch
    {
        429 => "rate_limit_error",
        529 => "overloaded_error",
        401 => "authentication_error",
        400 => "invalid_request_error",
        _ => "api_error",
    };

    private static string GoogleStatus(int status) => status switch
    {
        429 => "RESOURCE_EXHAUSTED",
        503 => "UNAVAILABLE",
        400 => "INVALID_ARGUMENT",
        401 or 403 => "PERMISSION_DENIED",
        _ => "INTERNAL",
    };

    private sealed record Usage(int Prompt, int Completion);
}
