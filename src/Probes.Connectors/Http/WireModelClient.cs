using Microsoft.Extensions.Logging;
using Probes.Connectors.Rates;
using Probes.Core.Rates;
using Probes.Core.Records;
using Probes.Core.Specs;

namespace Probes.Connectors.Http;

/// <summary>
/// A target behind a JSON-over-HTTP API: exactly one attempt per call, bounded by the attempt deadline from the
/// first byte sent to the last byte read. Provider faults come back as replies with an error and the provider's
/// rate signal; only the caller's own cancellation throws.
/// </summary>
internal sealed class WireModelClient(
    IChatWire wire,
    HttpClient httpClient,
    TargetSpec target,
    string apiKey,
    TimeSpan attemptTimeout,
    TimeProvider timeProvider,
    ILogger<WireModelClient> logger) : IModelClient
{
    public async Task<ModelReply> CompleteAsync(ModelCall call, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        using var deadline = new AttemptDeadline(attemptTimeout, timeProvider, cancellationToken);
        var rate = RateSignal.None;
        try
        {
            using var request = wire.CreateRequest(call);
            using var response = await httpClient
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            rate = RateHeaderReader.Read(response.Headers, wire.RateHeaders, timeProvider.GetUtcNow());
            var body = await response.Content.ReadAsStringAsync(deadline.Token).ConfigureAwait(false);
            var latency = timeProvider.GetElapsedTime(started);
            var reply = response.IsSuccessStatusCode
                ? ReadReply(body)
                : FromFailure(wire.ReadFailure((int)response.StatusCode, body, apiKey), ref rate);
            return logger.Logged(target, reply with { Latency = latency, Rate = rate });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            var error = ProviderErrors.ForException(exception, deadline, apiKey);
            return logger.Logged(target, new ModelReply { Latency = timeProvider.GetElapsedTime(started), Error = error, Rate = rate });
        }
    }

    private ModelReply ReadReply(string body)
    {
        try
        {
            return wire.ReadReply(body);
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidOperationException
                                              or KeyNotFoundException or FormatException)
        {
            return new ModelReply { Error = ProviderErrors.Malformed(exception.Message, apiKey) };
        }
    }

    /// <summary>A wait named in the body (Gemini's RetryInfo) joins the header's; the longer one is the provider's real ask.</summary>
    private static ModelReply FromFailure(WireFailure failure, ref RateSignal rate)
    {
        if (failure.RetryDelay is { } delay && (rate.RetryAfter is null || delay > rate.RetryAfter))
        {
            rate = rate with { RetryAfter = delay };
        }
        return new ModelReply { Error = failure.Error };
    }
}
