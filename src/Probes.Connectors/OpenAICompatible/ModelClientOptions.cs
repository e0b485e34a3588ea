namespace Probes.Connectors.OpenAICompatible;

/// <summary>
/// Retry and timeout bounds for calls to model APIs (section <c>Probes:ModelClient</c>). Every call ends within
/// <see cref="TotalTimeout"/> after at most 1 + <see cref="MaxRetryAttempts"/> attempts, so one slow endpoint can
/// stall a shard only for a known time.
/// </summary>
public sealed class ModelClientOptions
{
    public const string SectionName = "Probes:ModelClient";

    /// <summary>Name of the HttpClient (and its resilience pipeline) used for every OpenAI-compatible target.</summary>
    public const string HttpClientName = "Probes.ModelApi";

    /// <summary>Retries after the first attempt, for 408, 429, 5xx, timeouts and connection faults.</summary>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>Base of the exponential backoff (with jitter); a Retry-After header from the provider wins.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Limit of one attempt: long generations on slow endpoints take tens of seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Limit of one logical call, all attempts and waits included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(4);

    /// <summary>Why the options are unusable, or null when they are fine.</summary>
    public string? Problem() => this switch
    {
        { MaxRetryAttempts: < 1 or > 20 } => "MaxRetryAttempts must be between 1 and 20.",
        { RetryBaseDelay.Ticks: < 0 } => "RetryBaseDelay must not be negative.",
        { AttemptTimeout.TotalMilliseconds: < 10 } => "AttemptTimeout must be at least 10 ms.",
        _ when TotalTimeout < AttemptTimeout => "TotalTimeout must be at least AttemptTimeout.",
        _ => null,
    };
}
