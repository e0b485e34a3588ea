namespace Probes.Core.Rates;

/// <summary>
/// When a target's circuit opens: at least <see cref="MinimumCalls"/> finished calls within <see cref="Window"/>, of
/// which a share of at least <see cref="FailureRatio"/> were server faults (5xx, timeouts, dropped connections; not
/// 429s, which say we were too fast, not that the endpoint is unwell). It stays open for <see cref="BreakDuration"/>,
/// doubling after every failed half-open probe up to <see cref="MaxBreakDuration"/>.
/// </summary>
public sealed record CircuitSettings(
    double FailureRatio,
    int MinimumCalls,
    TimeSpan Window,
    TimeSpan BreakDuration,
    TimeSpan MaxBreakDuration)
{
    public static CircuitSettings Default { get; } =
        new(0.5, 10, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(2));
}

public enum CircuitState
{
    /// <summary>Calls flow.</summary>
    Closed,

    /// <summary>No permits until the break is over.</summary>
    Open,

    /// <summary>The break is over: one probe call may go; its outcome closes or re-opens the circuit.</summary>
    HalfOpen,
}
