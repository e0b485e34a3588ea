using Probes.Core.Rates;
using Probes.Core.Records;

namespace Probes.Core.Tests.Rates;

public sealed class RetryScheduleTests
{
    private static readonly RecordError Throttled = new(ErrorKinds.RateLimited, 429, "slow down");
    private static readonly RecordError Unavailable = new(ErrorKinds.Http, 503, "unavailable");
    private readonly RetrySchedule _schedule = new(new RetryOptions());

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(2, 2.0)]
    [InlineData(3, 4.0)]
    [InlineData(4, 8.0)]
    public void Full_jitter_spans_zero_to_a_doubling_ceiling(int attempts, double ceilingSeconds)
    {
        Assert.Equal(TimeSpan.Zero, _schedule.NextDelay(attempts, TimeSpan.Zero, Unavailable, RateSignal.None, 0.0));
        Assert.Equal(TimeSpan.FromSeconds(ceilingSeconds / 2), _schedule.NextDelay(attempts, TimeSpan.Zero, Unavailable, RateSignal.None, 0.5));
    }

    [Fact]
    public void The_ceiling_stops_at_the_max_delay()
    {
        var schedule = new RetrySchedule(new RetryOptions { MaxAttempts = 20, MaxItemTime = TimeSpan.FromHours(1) });
        Assert.Equal(TimeSpan.FromSeconds(30), schedule.NextDelay(12, TimeSpan.Zero, Unavailable, RateSignal.None, 1.0));
    }

    [Fact]
    public void Retry_after_is_a_floor_the_jitter_never_shortens()
    {
        var signal = new RateSignal { RetryAfter = TimeSpan.FromSeconds(2) };
        Assert.Equal(TimeSpan.FromSeconds(2), _schedule.NextDelay(1, TimeSpan.Zero, Throttled, signal, 0.1));
        Assert.Equal(TimeSpan.FromSeconds(3), _schedule.NextDelay(3, TimeSpan.Zero, Throttled, signal, 0.75));
    }

    [Fact]
    public void The_refill_of_a_spent_window_is_a_floor_too()
    {
        var requests = new RateSignal { RemainingRequests = 0, RequestsResetIn = TimeSpan.FromSeconds(3), RetryAfter = TimeSpan.FromSeconds(1) };
        var tokens = new RateSignal { RemainingTokens = 0, TokensResetIn = TimeSpan.FromSeconds(4) };
        var notSpent = new RateSignal { RemainingRequests = 5, RequestsResetIn = TimeSpan.FromSeconds(20) };

        Assert.Equal(TimeSpan.FromSeconds(3), _schedule.NextDelay(1, TimeSpan.Zero, Throttled, requests, 0.1));
        Assert.Equal(TimeSpan.FromSeconds(4), _schedule.NextDelay(1, TimeSpan.Zero, Throttled, tokens, 0.1));
        Assert.Equal(TimeSpan.FromSeconds(0.5), _schedule.NextDelay(1, TimeSpan.Zero, Throttled, notSpent, 0.5));
    }

    [Fact]
    public void Gives_up_after_the_last_attempt()
    {
        Assert.NotNull(_schedule.NextDelay(4, TimeSpan.Zero, Unavailable, RateSignal.None, 0.5));
        Assert.Null(_schedule.NextDelay(5, TimeSpan.Zero, Unavailable, RateSignal.None, 0.5));
    }

    [Fact]
    public void Gives_up_when_the_wait_would_end_past_the_items_time_budget()
    {
        var signal = new RateSignal { RetryAfter = TimeSpan.FromSeconds(10) };
        Assert.NotNull(_schedule.NextDelay(1, TimeSpan.FromSeconds(110), Throttled, signal, 0));
        Assert.Null(_schedule.NextDelay(1, TimeSpan.FromSeconds(111), Throttled, signal, 0));
        Assert.Equal(TimeSpan.FromSeconds(9), _schedule.Remaining(TimeSpan.FromSeconds(111)));
        Assert.Equal(TimeSpan.Zero, _schedule.Remaining(TimeSpan.FromMinutes(3)));
    }

    [Theory]
    [InlineData(ErrorKinds.Http, 400)]
    [InlineData(ErrorKinds.Http, 401)]
    [InlineData(ErrorKinds.Http, 404)]
    [InlineData(ErrorKinds.BudgetExhausted, null)]
    [InlineData(ErrorKinds.CircuitOpen, null)]
    public void Permanent_errors_are_not_retried(string kind, int? status) =>
        Assert.Null(_schedule.NextDelay(1, TimeSpan.Zero, new RecordError(kind, status, "no"), RateSignal.None, 0.5));

    [Theory]
    [InlineData(ErrorKinds.Timeout, null)]
    [InlineData(ErrorKinds.Connection, null)]
    [InlineData(ErrorKinds.Malformed, null)]
    [InlineData(ErrorKinds.Http, 500)]
    [InlineData(ErrorKinds.Http, 408)]
    [InlineData(ErrorKinds.RateLimited, 429)]
    public void Transient_errors_are_retried(string kind, int? status) =>
        Assert.NotNull(_schedule.NextDelay(1, TimeSpan.Zero, new RecordError(kind, status, "again"), RateSignal.None, 0.5));

    [Fact]
    public void A_success_is_never_retried() => Assert.Null(_schedule.NextDelay(1, TimeSpan.Zero, null, RateSignal.None, 0.5));

    [Fact]
    public void Unusable_options_are_named()
    {
        Assert.Null(new RetryOptions().Problem());
        Assert.Contains("MaxAttempts", new RetryOptions { MaxAttempts = 0 }.Problem());
        Assert.Contains("MaxDelay", new RetryOptions { MaxDelay = TimeSpan.FromMilliseconds(10) }.Problem());
    }
}
