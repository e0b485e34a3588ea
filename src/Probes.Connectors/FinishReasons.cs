namespace Probes.Connectors;

/// <summary>
/// One finish-reason vocabulary across providers (OpenAI's), so finish-reason counts in fingerprints compare
/// across endpoints: Anthropic's <c>end_turn</c> and Gemini's <c>STOP</c> both mean the model chose to stop.
/// Reasons without an equivalent pass through in lower case, still telling providers apart.
/// </summary>
public static class FinishReasons
{
    public const string Stop = "stop";
    public const string Length = "length";
    public const string ContentFilter = "content_filter";
    public const string ToolCalls = "tool_calls";

    public static string? FromAnthropic(string? stopReason) => stopReason switch
    {
        null => null,
        "end_turn" or "stop_sequence" or "pause_turn" => Stop,
        "max_tokens" => Length,
        "refusal" => ContentFilter,
        "tool_use" => ToolCalls,
        _ => stopReason.ToLowerInvariant(),
    };

    public static string? FromGemini(string? finishReason) => finishReason switch
    {
        null or "FINISH_REASON_UNSPECIFIED" => null,
        "STOP" => Stop,
        "MAX_TOKENS" => Length,
        "SAFETY" or "RECITATION" or "BLOCKLIST" or "PROHIBITED_CONTENT" or "SPII" or "IMAGE_SAFETY" => ContentFilter,
        "MALFORMED_FUNCTION_CALL" or "UNEXPECTED_TOOL_CALL" => ToolCalls,
        _ => finishReason.ToLowerInvariant(),
    };
}
