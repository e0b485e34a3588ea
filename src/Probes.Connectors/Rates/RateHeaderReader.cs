using System.Globalization;
using System.Net.Http.Headers;
using Probes.Core.Rates;

namespace Probes.Connectors.Rates;

/// <summary>
/// Reads one response's limit headers into a <see cref="RateSignal"/>, on success as well as on failure, so the
/// governor learns how close the endpoint is to its limit before the first 429. Unreadable values are ignored
/// one by one: a provider's odd header must never fail a call or invent a wait.
/// </summary>
public static class RateHeaderReader
{
    public const string RetryAfter = "Retry-After";

    /// <summary>OpenAI's millisecond-precise variant; it wins over <c>Retry-After</c> when both are present.</summary>
    public const string RetryAfterMilliseconds = "retry-after-ms";

    /// <param name="receivedAt">When the response arrived: absolute times in headers become waits from here.</param>
    public static RateSignal Read(HttpHeaders headers, RateHeaderDialect dialect, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(dialect);
        string? Header(string name) =>
            headers.NonValidated.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

        var requests = BindingWindow(dialect.RequestWindows, Header, receivedAt);
        var tokens = BindingWindow(dialect.TokenWindows, Header, receivedAt);
        var signal = new RateSignal
        {
            RetryAfter = RateDurations.ParseMilliseconds(Header(RetryAfterMilliseconds))
                ?? RetryAfterValue(Header(RetryAfter), receivedAt),
            RemainingRequests = requests.Remaining,
            RequestsResetIn = requests.ResetIn,
            RemainingTokens = tokens.Remaining,
            TokensResetIn = tokens.ResetIn,
        };
        return signal == RateSignal.None ? RateSignal.None : signal;
    }

    /// <summary>RFC 9110 allows delay-seconds or an HTTP date.</summary>
    private static TimeSpan? RetryAfterValue(string? value, DateTimeOffset now) =>
        RateDurations.ParseSeconds(value) ?? RateDurations.ParseUntil(value, now);

    private static (int? Remaining, TimeSpan? ResetIn) BindingWindow(
        IReadOnlyList<RateWindowHeaders> windows, Func<string, string?> header, DateTimeOffset now)
    {
        (int? Remaining, TimeSpan? ResetIn) binding = (null, null);
        foreach (var window in windows)
        {
            var remaining = Count(header(window.Remaining));
            var resetIn = RateDurations.ParseAny(header(window.Reset), now);
            var tighter = remaining is not null && (binding.Remaining is null || remaining < binding.Remaining);
            if (tighter)
            {
                binding = (remaining, resetIn);
            }
            else if (binding.Remaining is null && binding.ResetIn is null)
            {
                binding = (null, resetIn);
            }
        }
        return binding;
    }

    private static int? Count(string? value) =>
        long.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? (int)Math.Min(count, int.MaxValue)
            : null;
}
