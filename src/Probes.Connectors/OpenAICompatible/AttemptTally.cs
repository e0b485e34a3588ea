namespace Probes.Connectors.OpenAICompatible;

/// <summary>
/// Counts the HTTP attempts of one logical call. Retries happen inside the shared HttpClient pipeline, which
/// knows nothing of calls; an AsyncLocal carries the tally from the call down to every attempt it causes.
/// </summary>
internal sealed class AttemptTally
{
    private static readonly AsyncLocal<AttemptTally?> _current = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Starts a tally for the calling async flow (restored when the calling async method returns).</summary>
    public static AttemptTally Begin()
    {
        var tally = new AttemptTally();
        _current.Value = tally;
        return tally;
    }

    public static void RecordAttempt()
    {
        if (_current.Value is { } tally)
        {
            Interlocked.Increment(ref tally._count);
        }
    }
}

/// <summary>Sits inside the resilience handler, so it sees each retry as a separate send.</summary>
internal sealed class AttemptCountingHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        AttemptTally.RecordAttempt();
        return base.SendAsync(request, cancellationToken);
    }
}
