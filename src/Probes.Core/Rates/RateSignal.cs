namespace Probes.Core.Rates;

/// <summary>
/// What one HTTP attempt told us about the endpoint's limits, read from the provider's response headers
/// (<c>Retry-After</c>, <c>retry-after-ms</c>, <c>x-ratelimit-remaining-*</c> / <c>x-ratelimit-reset-*</c> and the
/// Anthropic and Gemini equivalents). Every field is optional: providers report different subsets, and a
/// connection failure reports nothing. Durations are relative to when the response was received.
/// </summary>
public sealed record RateSignal
{
    public static RateSignal None { get; } = new();

    /// <summary>How long the provider asked us to wait before the next request (429 or 503 with Retry-After).</summary>
    public TimeSpan? RetryAfter { get; init; }

    public int? RemainingRequests { get; init; }

    public int? RemainingTokens { get; init; }

    /// <summary>When the provider's request window refills (x-ratelimit-reset-requests).</summary>
    public TimeSpan? RequestsResetIn { get; init; }

    /// <summary>When the provider's token window refills (x-ratelimit-reset-tokens).</summary>
    public TimeSpan? TokensResetIn { get; init; }

    public bool IsEmpty => this == None;

    /// <summary>
    /// The longest wait the provider named: its Retry-After, or the refill of a window it reported as spent (OpenAI's
    /// and Anthropic's reset headers), since a request sent before the refill meets the same limit again.
    /// </summary>
    public TimeSpan? LongestNamedWait()
    {
        var wait = RetryAfter;
        if (this is { RemainingRequests: <= 0, RequestsResetIn: { } requests } && (wait is null || requests > wait))
        {
            wait = requests;
        }
        if (this is { RemainingTokens: <= 0, TokensResetIn: { } tokens } && (wait is null || tokens > wait))
        {
            wait = tokens;
        }
        return wait;
    }
}
