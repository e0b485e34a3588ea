namespace Probes.Connectors.Rates;

/// <summary>A provider's limit window as a pair of headers: how much is left, and when it refills.</summary>
public sealed record RateWindowHeaders(string Remaining, string Reset);

/// <summary>
/// The names one provider family uses for its limit headers. <c>Retry-After</c> and <c>retry-after-ms</c> are
/// read for every family; the windows differ. Where a family reports several token windows (Anthropic's total,
/// input and output tokens), the window with the least left is the one that binds.
/// </summary>
public sealed record RateHeaderDialect(
    string Name,
    IReadOnlyList<RateWindowHeaders> RequestWindows,
    IReadOnlyList<RateWindowHeaders> TokenWindows)
{
    /// <summary>OpenAI and the servers that copy its headers; resets are durations such as <c>6m0s</c>.</summary>
    public static RateHeaderDialect OpenAI { get; } = new(
        "openai",
        [new("x-ratelimit-remaining-requests", "x-ratelimit-reset-requests")],
        [new("x-ratelimit-remaining-tokens", "x-ratelimit-reset-tokens")]);

    /// <summary>Anthropic; resets are RFC 3339 timestamps.</summary>
    public static RateHeaderDialect Anthropic { get; } = new(
        "anthropic",
        [new("anthropic-ratelimit-requests-remaining", "anthropic-ratelimit-requests-reset")],
        [
            new("anthropic-ratelimit-tokens-remaining", "anthropic-ratelimit-tokens-reset"),
            new("anthropic-ratelimit-input-tokens-remaining", "anthropic-ratelimit-input-tokens-reset"),
            new("anthropic-ratelimit-output-tokens-remaining", "anthropic-ratelimit-output-tokens-reset"),
        ]);

    /// <summary>Gemini sends no window headers; its wait comes in the 429 body (<c>RetryInfo</c>) and Retry-After.</summary>
    public static RateHeaderDialect Gemini { get; } = new("gemini", [], []);
}
