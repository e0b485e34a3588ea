using System.Globalization;

namespace Probes.Connectors.Rates;

/// <summary>
/// The time formats providers use in rate-limit headers and bodies: Go-style durations (<c>1s</c>, <c>6m0s</c>,
/// <c>20ms</c>, <c>1h2m3.5s</c>, also protobuf's <c>2.5s</c>), plain seconds, RFC 3339 timestamps and HTTP dates.
/// Anything unreadable, negative or implausibly far away yields null: a garbage header must not stall a target.
/// </summary>
public static class RateDurations
{
    /// <summary>Longer than any provider window (daily quotas included): such a value is a misread, not a wait.</summary>
    public static readonly TimeSpan Plausible = TimeSpan.FromDays(7);

    private static readonly (string Unit, double Seconds)[] _units =
    [
        ("ns", 1e-9), ("us", 1e-6), ("µs", 1e-6), ("μs", 1e-6), ("ms", 1e-3), ("s", 1), ("m", 60), ("h", 3600),
    ];

    /// <summary>A Go or protobuf duration: one or more decimal numbers, each followed by a unit.</summary>
    public static TimeSpan? ParseDuration(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (value == "0")
        {
            return TimeSpan.Zero;
        }
        var seconds = 0.0;
        var position = 0;
        while (position < value.Length)
        {
            var start = position;
            while (position < value.Length && (char.IsAsciiDigit(value[position]) || value[position] == '.'))
            {
                position++;
            }
            if (position == start || !double.TryParse(value.AsSpan(start, position - start), NumberStyles.AllowDecimalPoint,
                    CultureInfo.InvariantCulture, out var number))
            {
                return null;
            }
            var unit = UnitAt(value, position);
            if (unit is null)
            {
                return null;
            }
            seconds += number * unit.Value.Seconds;
            position += unit.Value.Unit.Length;
        }
        return Bounded(seconds);
    }

    /// <summary>A non-negative number of seconds (Retry-After's delta form; fractions tolerated).</summary>
    public static TimeSpan? ParseSeconds(string? text) => ParseNumber(text) is { } seconds ? Bounded(seconds) : null;

    /// <summary>A non-negative number of milliseconds (<c>retry-after-ms</c>).</summary>
    public static TimeSpan? ParseMilliseconds(string? text) => ParseNumber(text) is { } ms ? Bounded(ms / 1000) : null;

    /// <summary>An absolute time (RFC 3339 or HTTP date) as the wait from <paramref name="now"/>; a past time is no wait.</summary>
    public static TimeSpan? ParseUntil(string? text, DateTimeOffset now)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value) || !(IsHttpDate(value, out var at) || IsTimestamp(value, out at)))
        {
            return null;
        }
        var wait = at - now;
        return wait <= TimeSpan.Zero ? TimeSpan.Zero : Bounded(wait.TotalSeconds);
    }

    /// <summary>Whichever form the value takes: a duration, plain seconds or an absolute time.</summary>
    public static TimeSpan? ParseAny(string? text, DateTimeOffset now) =>
        ParseSeconds(text) ?? ParseDuration(text) ?? ParseUntil(text, now);

    private static (string Unit, double Seconds)? UnitAt(string value, int position)
    {
        // Longest unit first, so "ms" is not read as minutes followed by garbage.
        (string Unit, double Seconds)? best = null;
        foreach (var unit in _units)
        {
            if (string.CompareOrdinal(value, position, unit.Unit, 0, unit.Unit.Length) == 0 &&
                (best is null || unit.Unit.Length > best.Value.Unit.Length))
            {
                best = unit;
            }
        }
        return best;
    }

    private static double? ParseNumber(string? text) =>
        double.TryParse(text?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) &&
        double.IsFinite(number)
            ? number
            : null;

    private static bool IsHttpDate(string value, out DateTimeOffset at) =>
        DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out at);

    // RFC 3339 always has a date, a 'T' (or space) and an offset; requiring the 'T' keeps bare numbers out.
    private static bool IsTimestamp(string value, out DateTimeOffset at)
    {
        at = default;
        return value.Length >= 20 && (value[10] == 'T' || value[10] == 't') &&
               DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out at);
    }

    private static TimeSpan? Bounded(double seconds) =>
        seconds >= 0 && seconds <= Plausible.TotalSeconds ? TimeSpan.FromSeconds(seconds) : null;
}
