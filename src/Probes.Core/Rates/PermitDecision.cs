namespace Probes.Core.Rates;

/// <summary>What held a lease back, so the holder knows what to wait for.</summary>
public enum PermitGate
{
    /// <summary>Nothing: permits were granted (or none were wanted).</summary>
    None,

    /// <summary>The requests-per-minute or tokens-per-minute bucket; the wait is exact.</summary>
    Rate,

    /// <summary>In-flight slots (the effective concurrency, or this holder's fair share of it): wait for calls to finish.</summary>
    Slots,

    /// <summary>The provider asked for a pause (Retry-After, or remaining = 0 until a reset).</summary>
    Paused,

    /// <summary>The circuit is open: the endpoint keeps failing.</summary>
    CircuitOpen,
}

/// <summary>The governor's answer to one lease request.</summary>
public sealed record PermitDecision(int Granted, TimeSpan RetryAfter, PermitGate Gate);
