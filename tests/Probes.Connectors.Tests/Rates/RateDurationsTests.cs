using Probes.Connectors.Rates;

namespace Probes.Connectors.Tests.Rates;

public sealed class RateDurationsTests
{
    private static readonly DateTimeOffset _now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("1s", 1_000)]
    [InlineData("6m0s", 360_000)]
    [InlineData("20ms", 20)]
    [InlineData("1h2m3.5s", 3_723_500)]
    [InlineData("2.5s", 2_500)]
    [InlineData("0.500s", 500)]
    [InlineData("0", 0)]
    [InlineData("1500us", 1.5)]
    [InlineData("1500µs", 1.5)]
    [InlineData(" 7s ", 7_000)]
    public void Go_and_protobuf_durations(string text, double expectedMilliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), RateDurations.ParseDuration(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("s")]
    [InlineData("5")]
    [InlineData("5x")]
    [InlineData("-5s")]
    [InlineData("5s garbage")]
    [InlineData("1..2s")]
    [InlineData("soon")]
    [InlineData("9999999h")]
    public void Garbage_durations_are_null(string? text) => Assert.Null(RateDurations.ParseDuration(text));

    [Theory]
    [InlineData("2", 2_000)]
    [InlineData("0", 0)]
    [InlineData("1.25", 1_250)]
    public void Seconds(string text, double expectedMilliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), RateDurations.ParseSeconds(text));

    [Theory]
    [InlineData("-1")]
    [InlineData("1e3")]
    [InlineData("NaN")]
    [InlineData("two")]
    [InlineData("100000000")]
    public void Garbage_seconds_are_null(string text) => Assert.Null(RateDurations.ParseSeconds(text));

    [Theory]
    [InlineData("1500", 1_500)]
    [InlineData("20.5", 20.5)]
    public void Milliseconds(string text, double expectedMilliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), RateDurations.ParseMilliseconds(text));

    [Theory]
    [InlineData("2026-11-29T10:00:20Z", 20)]
    [InlineData("2026-11-29T10:00:20.500Z", 20.5)]
    [InlineData("2026-11-29T11:00:20+01:00", 20)]
    [InlineData("Sun, 29 Nov 2026 10:00:45 GMT", 45)]
    [InlineData("2026-11-29T09:59:00Z", 0)]
    public void Absolute_times_become_waits_from_now(string text, double expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), RateDurations.ParseUntil(text, _now));

    [Theory]
    [InlineData("2026-11-29")]
    [InlineData("20")]
    [InlineData("tomorrow")]
    [InlineData("2036-11-29T10:00:00Z")]
    public void Unreadable_or_implausible_times_are_null(string text) => Assert.Null(RateDurations.ParseUntil(text, _now));

    [Theory]
    [InlineData("3", 3)]
    [InlineData("6m0s", 360)]
    [InlineData("2026-11-29T10:00:09Z", 9)]
    public void Any_form_is_read(string text, double expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), RateDurations.ParseAny(text, _now));
}
