using Probes.Connectors.Rates;
using Probes.Core.Rates;

namespace Probes.Connectors.Tests.Rates;

public sealed class RateHeaderReaderTests
{
    private static readonly DateTimeOffset _now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void No_headers_is_the_empty_signal() =>
        Assert.Same(RateSignal.None, Read(RateHeaderDialect.OpenAI));

    [Theory]
    [InlineData("2", 2)]
    [InlineData("0", 0)]
    [InlineData("Sun, 29 Nov 2026 10:00:30 GMT", 30)]
    [InlineData("Sun, 29 Nov 2026 09:00:00 GMT", 0)]
    public void Retry_after_as_seconds_or_http_date(string value, double expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), Read(RateHeaderDialect.Gemini, ("Retry-After", value)).RetryAfter);

    [Fact]
    public void Retry_after_ms_wins_over_retry_after() =>
        Assert.Equal(TimeSpan.FromMilliseconds(250),
            Read(RateHeaderDialect.OpenAI, ("Retry-After", "1"), ("retry-after-ms", "250")).RetryAfter);

    [Fact]
    public void Garbage_retry_after_ms_falls_back_to_retry_after() =>
        Assert.Equal(TimeSpan.FromSeconds(1),
            Read(RateHeaderDialect.OpenAI, ("Retry-After", "1"), ("retry-after-ms", "soon")).RetryAfter);

    [Fact]
    public void OpenAI_windows()
    {
        var signal = Read(RateHeaderDialect.OpenAI,
            ("x-ratelimit-remaining-requests", "42"), ("x-ratelimit-reset-requests", "1h2m3.5s"),
            ("x-ratelimit-remaining-tokens", "99000"), ("x-ratelimit-reset-tokens", "20ms"));

        Assert.Equal(42, signal.RemainingRequests);
        Assert.Equal(TimeSpan.FromSeconds(3723.5), signal.RequestsResetIn);
        Assert.Equal(99000, signal.RemainingTokens);
        Assert.Equal(TimeSpan.FromMilliseconds(20), signal.TokensResetIn);
        Assert.Null(signal.RetryAfter);
    }

    [Fact]
    public void Anthropic_windows_use_timestamps_and_the_tightest_token_window()
    {
        var signal = Read(RateHeaderDialect.Anthropic,
            ("anthropic-ratelimit-requests-remaining", "7"), ("anthropic-ratelimit-requests-reset", "2026-11-29T10:00:04Z"),
            ("anthropic-ratelimit-tokens-remaining", "5000"), ("anthropic-ratelimit-tokens-reset", "2026-11-29T10:00:10Z"),
            ("anthropic-ratelimit-input-tokens-remaining", "800"), ("anthropic-ratelimit-input-tokens-reset", "2026-11-29T10:00:03Z"),
            ("anthropic-ratelimit-output-tokens-remaining", "9000"), ("anthropic-ratelimit-output-tokens-reset", "2026-11-29T10:00:30Z"),
            ("retry-after", "4"));

        Assert.Equal(7, signal.RemainingRequests);
        Assert.Equal(TimeSpan.FromSeconds(4), signal.RequestsResetIn);
        Assert.Equal(800, signal.RemainingTokens);
        Assert.Equal(TimeSpan.FromSeconds(3), signal.TokensResetIn);
        Assert.Equal(TimeSpan.FromSeconds(4), signal.RetryAfter);
    }

    [Fact]
    public void Anthropic_total_tokens_alone()
    {
        var signal = Read(RateHeaderDialect.Anthropic,
            ("anthropic-ratelimit-tokens-remaining", "5000"), ("anthropic-ratelimit-tokens-reset", "2026-11-29T10:01:00Z"));

        Assert.Equal(5000, signal.RemainingTokens);
        Assert.Equal(TimeSpan.FromMinutes(1), signal.TokensResetIn);
    }

    [Fact]
    public void A_reset_without_a_remaining_count_is_still_read() =>
        Assert.Equal(TimeSpan.FromSeconds(6),
            Read(RateHeaderDialect.OpenAI, ("x-ratelimit-reset-requests", "6s")).RequestsResetIn);

    [Fact]
    public void Each_dialect_reads_only_its_own_window_headers()
    {
        var anthropicHeadersSeenAsOpenAI = Read(RateHeaderDialect.OpenAI, ("anthropic-ratelimit-requests-remaining", "3"));
        var openAIHeadersSeenAsGemini = Read(RateHeaderDialect.Gemini, ("x-ratelimit-remaining-requests", "3"));

        Assert.True(anthropicHeadersSeenAsOpenAI.IsEmpty);
        Assert.True(openAIHeadersSeenAsGemini.IsEmpty);
    }

    [Theory]
    [InlineData("x-ratelimit-remaining-requests", "-1")]
    [InlineData("x-ratelimit-remaining-requests", "many")]
    [InlineData("x-ratelimit-remaining-requests", "1.5")]
    [InlineData("x-ratelimit-reset-requests", "whenever")]
    [InlineData("x-ratelimit-reset-tokens", "-3s")]
    [InlineData("Retry-After", "later")]
    [InlineData("Retry-After", "-2")]
    [InlineData("Retry-After", "Sun, 99 Nov 2026 10:00:30 GMT")]
    [InlineData("retry-after-ms", "1e9")]
    [InlineData("Retry-After", "99999999999")]
    public void Garbage_values_are_ignored(string header, string value) =>
        Assert.True(Read(RateHeaderDialect.OpenAI, (header, value)).IsEmpty);

    [Fact]
    public void One_garbage_value_does_not_spoil_the_others()
    {
        var signal = Read(RateHeaderDialect.OpenAI,
            ("x-ratelimit-remaining-requests", "many"), ("x-ratelimit-reset-requests", "2s"), ("Retry-After", "3"));

        Assert.Null(signal.RemainingRequests);
        Assert.Equal(TimeSpan.FromSeconds(2), signal.RequestsResetIn);
        Assert.Equal(TimeSpan.FromSeconds(3), signal.RetryAfter);
    }

    [Fact]
    public void Counts_beyond_int_are_capped() =>
        Assert.Equal(int.MaxValue, Read(RateHeaderDialect.OpenAI, ("x-ratelimit-remaining-tokens", "99999999999")).RemainingTokens);

    private static RateSignal Read(RateHeaderDialect dialect, params (string Name, string Value)[] headers)
    {
        using var response = new HttpResponseMessage();
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }
        return RateHeaderReader.Read(response.Headers, dialect, _now);
    }
}
