using Probes.Core.Rates;
using Probes.Core.Records;

namespace Probes.Core.Tests.Rates;

public sealed class ReturnedCallsTallyTests
{
    [Fact]
    public void Calls_fold_into_counts_the_longest_wait_and_the_lowest_remaining()
    {
        var tally = new ReturnedCallsTally();
        tally.AddCall(100, 40, null, new RateSignal { RemainingRequests = 7, RequestsResetIn = TimeSpan.FromSeconds(1) });
        tally.AddCall(100, null, new RecordError(ErrorKinds.RateLimited, 429, "x"), new RateSignal { RetryAfter = TimeSpan.FromSeconds(2) });
        tally.AddCall(100, null, new RecordError(ErrorKinds.Http, 503, "x"), new RateSignal { RetryAfter = TimeSpan.FromSeconds(1), RemainingRequests = 0 });
        tally.AddCall(100, 10, new RecordError(ErrorKinds.Http, 400, "x"), RateSignal.None);
        tally.AddUnused(2, 200);

        var calls = tally.Drain();

        Assert.Equal(6, calls.Returned);
        Assert.Equal(4, calls.Completed);
        Assert.Equal(1, calls.Succeeded);
        Assert.Equal(1, calls.Throttled);
        Assert.Equal(1, calls.ServerFaults);
        Assert.Equal(600, calls.TokensReserved);
        // Calls without reported usage keep their reservation.
        Assert.Equal(40 + 100 + 100 + 10, calls.TokensUsed);
        Assert.Equal(TimeSpan.FromSeconds(2), calls.RetryAfter);
        Assert.Equal(0, calls.RemainingRequests);
        Assert.Equal(TimeSpan.FromSeconds(1), calls.RequestsResetIn);
        Assert.Null(calls.RemainingTokens);
        Assert.Equal(ReturnedCalls.None, tally.Drain());
    }

    [Fact]
    public void What_could_not_be_delivered_is_added_back()
    {
        var tally = new ReturnedCallsTally();
        tally.AddCall(5, 5, null, RateSignal.None);
        var lost = tally.Drain();
        tally.AddCall(5, 5, null, RateSignal.None);
        tally.Add(lost);
        Assert.Equal(2, tally.Drain().Succeeded);
    }
}
