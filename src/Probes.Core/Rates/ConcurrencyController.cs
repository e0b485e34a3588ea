namespace Probes.Core.Rates;

/// <summary>
/// Additive-increase / multiplicative-decrease of the in-flight limit, as TCP does for its window: a 429 halves the
/// limit (floor 1), and every window of successful calls (as many as the limit) raises it by one, back up to the
/// configured maximum. One burst of 429s is one congestion event, so the limit is cut at most once per
/// <see cref="CutSpacing"/> (or per Retry-After, when longer).
/// </summary>
public sealed class ConcurrencyController(TimeProvider time)
{
    public static readonly TimeSpan CutSpacing = TimeSpan.FromSeconds(1);

    private int _limit = Specs.RateSettings.Default.MaxInFlight;
    private int _max = Specs.RateSettings.Default.MaxInFlight;
    private int _successes;
    private DateTimeOffset _nextCut;

    public int Limit => _limit;

    public void Configure(int maxInFlight)
    {
        _max = maxInFlight;
        _limit = maxInFlight;
        _successes = 0;
    }

    public void Throttled(TimeSpan? retryAfter)
    {
        var now = time.GetUtcNow();
        if (now < _nextCut)
        {
            return;
        }
        _limit = Math.Max(1, _limit / 2);
        _successes = 0;
        var spacing = retryAfter is { } wait && wait > CutSpacing ? wait : CutSpacing;
        _nextCut = now + spacing;
    }

    public void Succeeded(int calls)
    {
        if (_limit >= _max || calls <= 0)
        {
            return;
        }
        _successes += calls;
        while (_successes >= Limit && _limit < _max)
        {
            _successes -= Limit;
            _limit += 1;
        }
    }
}
