using System.ClientModel;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;
using Probes.Core.Records;

namespace Probes.Connectors.OpenAICompatible;

/// <summary>
/// Turns what the client stack throws after its retries into a record error. Kinds are a small closed
/// vocabulary so failures can be counted per target: <c>http</c>, <c>rate_limited</c>, <c>timeout</c>,
/// <c>connection</c>, <c>malformed</c>, <c>circuit_open</c>, <c>empty</c>.
/// </summary>
internal static class ProviderFailure
{
    private const int MaxMessageLength = 500;

    public static RecordError Classify(Exception exception, string apiKey)
    {
        var (kind, status) = KindOf(exception);
        return new RecordError(kind, status, Describe(exception, apiKey));
    }

    public static RecordError Empty(string? finishReason) =>
        new("empty", null, $"The provider returned no text (finish reason: {finishReason ?? "none"}).");

    private static (string Kind, int? Status) KindOf(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case TimeoutRejectedException:
                    return ("timeout", null);
                case BrokenCircuitException:
                    return ("circuit_open", null);
                case RateLimiterRejectedException:
                    return ("rate_limited", null);
                case ClientResultException { Status: 429 }:
                    return ("rate_limited", 429);
                case ClientResultException { Status: > 0 } result:
                    return ("http", result.Status);
                case HttpRequestException http:
                    return ("connection", (int?)http.StatusCode);
                case JsonException or FormatException:
                    return ("malformed", null);
                case OperationCanceledException or TimeoutException:
                    return ("timeout", null);
            }
        }
        // Anything else escaped while the SDK read a response it could not make sense of.
        return ("malformed", null);
    }

    /// <summary>The exception's message with the key removed, bounded in length (providers echo request details).</summary>
    private static string Describe(Exception exception, string apiKey)
    {
        var message = $"{exception.GetType().Name}: {exception.Message}";
        if (apiKey.Length > 0)
        {
            message = message.Replace(apiKey, "[redacted]", StringComparison.Ordinal);
        }
        return message.Length <= MaxMessageLength ? message : message[..MaxMessageLength] + "…";
    }
}
