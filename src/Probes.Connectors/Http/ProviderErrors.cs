using System.Net.Sockets;
using System.Text.Json;
using Probes.Core.Records;

namespace Probes.Connectors.Http;

/// <summary>
/// Builds the <see cref="RecordError"/> of a failed attempt. Messages carry what the provider said (it helps an
/// operator tell a bad model name from an outage) but never the key: providers echo request details, so every
/// message passes through <see cref="Redact"/>.
/// </summary>
internal static class ProviderErrors
{
    private const int MaxMessageLength = 500;

    /// <summary>A non-success HTTP status: 429 is the provider asking us to slow down, anything else is <c>http</c>.</summary>
    public static RecordError ForStatus(int status, string detail, string apiKey, bool rateLimited = false) => new(
        rateLimited || status == 429 ? ErrorKinds.RateLimited : ErrorKinds.Http,
        status,
        Redact($"HTTP {status}: {detail}", apiKey));

    /// <summary>What an exception during the exchange means, when no HTTP status explains it.</summary>
    public static RecordError ForException(Exception exception, AttemptDeadline deadline, string apiKey)
    {
        var kind = deadline.Expired ? ErrorKinds.Timeout : KindOf(exception);
        var detail = kind == ErrorKinds.Timeout && exception is OperationCanceledException
            ? "no complete response within the attempt timeout"
            : $"{exception.GetType().Name}: {exception.Message}";
        return new RecordError(kind, null, Redact(detail, apiKey));
    }

    public static RecordError Malformed(string detail, string apiKey) =>
        new(ErrorKinds.Malformed, null, Redact($"Unreadable response: {detail}", apiKey));

    public static RecordError Empty(string why) => new(ErrorKinds.Empty, null, $"The provider returned no text ({why}).");

    /// <summary>The start of an error body a provider did not shape as its own error format (an HTML page, a proxy's text).</summary>
    public static string Snippet(string body) => body.Length <= 200 ? body : body[..200];

    /// <summary>The message with the key removed, bounded in length.</summary>
    public static string Redact(string message, string apiKey)
    {
        if (apiKey.Length > 0)
        {
            message = message.Replace(apiKey, "[redacted]", StringComparison.Ordinal);
        }
        return message.Length <= MaxMessageLength ? message : message[..MaxMessageLength] + "…";
    }

    private static string KindOf(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case HttpRequestException or IOException or SocketException:
                    return ErrorKinds.Connection;
                case JsonException or FormatException:
                    return ErrorKinds.Malformed;
                case OperationCanceledException or TimeoutException:
                    return ErrorKinds.Timeout;
            }
        }
        // Anything else escaped while a response was being read that could not be made sense of.
        return ErrorKinds.Malformed;
    }
}
