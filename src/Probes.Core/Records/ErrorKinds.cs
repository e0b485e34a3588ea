namespace Probes.Core.Records;

/// <summary>
/// The closed vocabulary of <see cref="RecordError.Kind"/>, so failures can be counted per target and a retry
/// policy can tell a passing fault (worth another governed attempt) from a permanent one (a bad key, a bad request).
/// </summary>
public static class ErrorKinds
{
    /// <summary>HTTP 429, or a provider's own "slow down" error.</summary>
    public const string RateLimited = "rate_limited";

    /// <summary>Any other non-success HTTP status; <see cref="RecordError.Status"/> tells which.</summary>
    public const string Http = "http";

    /// <summary>No complete answer within the attempt timeout (a hung request, a body that trickles too slowly).</summary>
    public const string Timeout = "timeout";

    /// <summary>The connection failed or was reset before a response was read.</summary>
    public const string Connection = "connection";

    /// <summary>A response arrived but could not be parsed as the provider's API.</summary>
    public const string Malformed = "malformed";

    /// <summary>A well-formed response with no text (no choices, no candidates, an empty message).</summary>
    public const string Empty = "empty";

    /// <summary>The target's circuit was open: the endpoint kept failing, so the item was not sent.</summary>
    public const string CircuitOpen = "circuit_open";

    /// <summary>The campaign's token or cost budget was spent before the item was sent.</summary>
    public const string BudgetExhausted = "budget_exhausted";

    /// <summary>
    /// Whether another attempt may succeed. 5xx, 408 and 409 are transient by HTTP's own semantics; other 4xx
    /// (bad key, unknown model, invalid request) will fail the same way every time.
    /// </summary>
    public static bool IsTransient(RecordError error) => error.Kind switch
    {
        RateLimited or Timeout or Connection or Malformed or Empty => true,
        Http => error.Status is >= 500 or 408 or 409,
        _ => false,
    };

    /// <summary>Faults that say the endpoint itself is unwell (not that the caller was too fast): they feed the circuit.</summary>
    public static bool IsServerFault(RecordError error) => error.Kind switch
    {
        Timeout or Connection => true,
        Http => error.Status >= 500,
        _ => false,
    };
}
