namespace Probes.Benchmarks.Rates;

/// <summary>
/// Request arrivals at the server, each with a weight (1 for requests, its token usage for tokens), measured the
/// way a provider's limiter would see them.
/// </summary>
public sealed class ArrivalWindow(IReadOnlyList<(DateTimeOffset At, double Weight)> arrivals)
{
    private readonly (DateTimeOffset At, double Weight)[] _sorted = [.. arrivals.OrderBy(a => a.At)];

    public DateTimeOffset First => _sorted[0].At;

    public DateTimeOffset Last => _sorted[^1].At;

    /// <summary>Weight per minute within [from, to): the steady rate once the opening burst is excluded.</summary>
    public double PerMinute(DateTimeOffset from, DateTimeOffset to) =>
        _sorted.Where(a => a.At >= from && a.At < to).Sum(a => a.Weight) / (to - from).TotalMinutes;

    /// <summary>The heaviest sliding window of <paramref name="width"/> over the whole run, opening burst included.</summary>
    public (double Weight, DateTimeOffset Start) MaxIn(TimeSpan width)
    {
        double max = 0, sum = 0;
        var start = 0;
        var at = First;
        foreach (var arrival in _sorted)
        {
            sum += arrival.Weight;
            while (arrival.At - _sorted[start].At >= width)
            {
                sum -= _sorted[start++].Weight;
            }
            if (sum > max)
            {
                (max, at) = (sum, _sorted[start].At);
            }
        }
        return (max, at);
    }
}
