using Microsoft.Extensions.Time.Testing;
using Probes.Testing;

namespace Probes.Connectors.Tests.Faults;

/// <summary>Limit headers on a successful answer reach the reply too: the governor learns before the first 429.</summary>
public sealed class SuccessRateHeaderTests
{
    [Fact]
    public async Task OpenAI_remaining_and_reset_headers_on_success()
    {
        var fault = ServerFaults.ServedWithHeaders(
            ("x-ratelimit-remaining-requests", "59"), ("x-ratelimit-reset-requests", "1s"),
            ("x-ratelimit-remaining-tokens", "149000"), ("x-ratelimit-reset-tokens", "20ms"));

        var outcome = await FaultRun.OnceAsync(KnownProviders.OpenAI, fault);

        Assert.Null(outcome.Reply.Error);
        Assert.Equal(59, outcome.Reply.Rate.RemainingRequests);
        Assert.Equal(TimeSpan.FromSeconds(1), outcome.Reply.Rate.RequestsResetIn);
        Assert.Equal(149000, outcome.Reply.Rate.RemainingTokens);
        Assert.Equal(TimeSpan.FromMilliseconds(20), outcome.Reply.Rate.TokensResetIn);
        Assert.Null(outcome.Reply.Rate.RetryAfter);
        outcome.AssertOneAttemptWithoutKey();
    }

    [Fact]
    public async Task Anthropic_remaining_and_reset_headers_on_success()
    {
        var now = new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
        var fault = ServerFaults.ServedWithHeaders(
            ("anthropic-ratelimit-requests-remaining", "49"), ("anthropic-ratelimit-requests-reset", "2026-11-29T10:00:06Z"),
            ("anthropic-ratelimit-input-tokens-remaining", "30000"), ("anthropic-ratelimit-input-tokens-reset", "2026-11-29T10:00:30Z"),
            ("anthropic-ratelimit-output-tokens-remaining", "7000"), ("anthropic-ratelimit-output-tokens-reset", "2026-11-29T10:00:12Z"));

        var outcome = await FaultRun.OnceAsync(KnownProviders.Anthropic, fault, timeProvider: new FakeTimeProvider(now));

        Assert.Null(outcome.Reply.Error);
        Assert.Equal(49, outcome.Reply.Rate.RemainingRequests);
        Assert.Equal(TimeSpan.FromSeconds(6), outcome.Reply.Rate.RequestsResetIn);
        // The output window has the least left, so it is the one that binds.
        Assert.Equal(7000, outcome.Reply.Rate.RemainingTokens);
        Assert.Equal(TimeSpan.FromSeconds(12), outcome.Reply.Rate.TokensResetIn);
    }

    [Theory]
    [InlineData(KnownProviders.OpenAI)]
    [InlineData(KnownProviders.Anthropic)]
    [InlineData(KnownProviders.Gemini)]
    public async Task Without_limit_headers_the_signal_is_empty(string provider)
    {
        var outcome = await FaultRun.OnceAsync(provider, ServerFaults.ServedWithHeaders());

        Assert.Null(outcome.Reply.Error);
        Assert.True(outcome.Reply.Rate.IsEmpty);
    }
}
