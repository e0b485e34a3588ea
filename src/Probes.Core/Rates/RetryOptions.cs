namespace Probes.Core.Rates;

/// <summary>
/// How often and how long a shard retries one work item (section <c>Probes:Retry</c>). Both bounds apply: at most
/// <see cref="MaxAttempts"/> attempts, and no retry that would start after <see cref="MaxItemTime"/> from the first.
/// </summary>
public sealed class RetryOptions
{
    public const string SectionName = "Probes:Retry";

    /// <summary>Attempts per item, the first included.</summary>
    public int MaxAttempts { get; set; } = 5;

    public TimeSpan MaxItemTime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Upper bound of the first backoff; it doubles per attempt up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Why the options are unusable, or null when they are fine.</summary>
    public string? Problem() => this switch
    {
        { MaxAttempts: < 1 or > 50 } => "MaxAttempts must be between 1 and 50.",
        { MaxItemTime.Ticks: <= 0 } => "MaxItemTime must be positive.",
        { BaseDelay.Ticks: < 0 } => "BaseDelay must not be negative.",
        _ when MaxDelay < BaseDelay => "MaxDelay must be at least BaseDelay.",
        _ => null,
    };
}
