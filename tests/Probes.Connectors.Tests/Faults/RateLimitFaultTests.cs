using Microsoft.Extensions.Time.Testing;
using Probes.Core.Records;
using Probes.Testing;

namespace Probes.Connectors.Tests.Faults;

/// <summary>A 429 in each of the ways providers name the wait: one attempt, reported as rate_limited with the wait.</summary>
public sealed class RateLimitFaultTests
{
    // Whole seconds: HTTP dates carry no fractions.
    private static readonly DateTimeOffset _now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(KnownProviders.OpenAI)]
    [InlineData(KnownProviders.Anthropic)]
    [InlineData(KnownProviders.Gemini)]
    public async Task Retry_after_in_seconds(string provider)
    {
        var outcome = await FaultRun.OnceAsync(provider, ServerFaults.RetryAfterSeconds(2));

        outcome.AssertFailedOnce(ErrorKinds.RateLimited, 429, transient: true);
        Assert.Equal(TimeSpan.FromSeconds(2), outcome.Reply.Rate.RetryAfter);
    }

    [Theory]
    [InlineData(KnownProviders.OpenAI)]
    [InlineData(KnownProviders.Anthropic)]
    [InlineData(KnownProviders.Gemini)]
    public async Task Retry_after_as_an_http_date_is_relative_to_the_clock(string provider)
    {
        var clock = new FakeTimeProvider(_now);

        var outcome = await FaultRun.OnceAsync(provider, ServerFaults.RetryAfterDate(_now.AddSeconds(30)), timeProvider: clock);

        outcome.AssertFailedOnce(ErrorKinds.RateLimited, 429, transient: true);
        Assert.Equal(TimeSpan.FromSeconds(30), outcome.Reply.Rate.RetryAfter);
    }

    [Theory]
    [InlineData(KnownProviders.OpenAI)]
    [InlineData(KnownProviders.Anthropic)]
    [InlineData(KnownProviders.Gemini)]
    public async Task Retry_after_in_milliseconds(string provider)
    {
        var outcome = await FaultRun.OnceAsync(provider, ServerFaults.RetryAfterMilliseconds(1500));

        outcome.AssertFailedOnce(ErrorKinds.RateLimited, 429, transient: true);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), outcome.Reply.Rate.RetryAfter);
    }

    [Fact]
    public async Task OpenAI_window_headers_give_remaining_and_reset()
    {
        var outcome = await FaultRun.OnceAsync(KnownProviders.OpenAI, ServerFaults.OpenAIRequestsReset("6m0s"));

        outcome.AssertFailedOnce(ErrorKinds.RateLimited, 429, transient: true);
        Assert.Equal(0, outcome.Reply.Rate.RemainingRequests);
        Assert.Equal(TimeSpan.FromMinutes(6), outcome.Reply.Rate.RequestsResetIn);
        Assert.Null(outcome.Reply.Rate.RetryAfter);
    }

    [Fact]
    public async Task Anthropic_reset_timestamp_is_relative_to_the_clock()
    {
        var clock = new FakeTimeProvider(_now);

        var outcome = await FaultRun.OnceAsync(KnownProviders.Anthropic, ServerFaults.AnthropicRequestsReset(_now.AddSeconds(20)),
            timeProvider: clock);

        var error = outcome.AssertFailedOnce(ErrorKinds.RateLimited, 429, transient: true);
        Assert.Contains("rate_limit_error", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, outcome.Reply.Rate.RemainingRequests);
        Assert.Equal(TimeSpan.FromSeconds(20), outcome.Reply.Rate.RequestsResetIn);
    }

    [Fact]
    public async Task Gemini_retry_info_in_the_body_becomes_the_wait()
    {
        var outcome = await FaultRun.OnceAsync(KnownProviders.Gemini, ServerFaults.GeminiRetryInfo("2s"));

        var error = outcome.AssertFailedOnce(ErrorKinds.RateLimited, 429, transient: true);
        Assert.Contains("RESOURCE_EXHAUSTED", error.Message, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(2), outcome.Reply.Rate.RetryAfter);
    }

    [Theory]
    [InlineData("1", "3.5s", 3.5)]
    [InlineData("5", "2s", 5)]
    public async Task Gemini_takes_the_longer_of_header_and_body_waits(string retryAfter, string retryDelay, double expectedSeconds)
    {
        var outcome = await FaultRun.OnceAsync(KnownProviders.Gemini, ServerFaults.GeminiRetryInfo(retryDelay, ("Retry-After", retryAfter)));

        outcome.AssertFailedOnce(ErrorKinds.RateLimited, 429, transient: true);
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), outcome.Reply.Rate.RetryAfter);
    }
}
