namespace Probes.Connectors.Http;

/// <summary>
/// The time limit of one attempt, linked with the caller's cancellation. It spans the whole exchange, body
/// included, so a response whose headers arrive quickly but whose body trickles in still ends as a timeout.
/// Telling the two apart matters: the caller's cancellation propagates, an expired deadline is a provider fault.
/// </summary>
internal sealed class AttemptDeadline : IDisposable
{
    private readonly CancellationTokenSource _timer;
    private readonly CancellationTokenSource _linked;

    public AttemptDeadline(TimeSpan timeout, TimeProvider timeProvider, CancellationToken callerToken)
    {
        _timer = new CancellationTokenSource(timeout, timeProvider);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(callerToken, _timer.Token);
    }

    public CancellationToken Token => _linked.Token;

    public bool Expired => _timer.IsCancellationRequested;

    public void Dispose()
    {
        _linked.Dispose();
        _timer.Dispose();
    }
}
