using Probes.Connectors.Rates;
using Probes.Core.Rates;

namespace Probes.Connectors.Http;

/// <summary>
/// Carries the rate signal of a response up from the HttpClient pipeline to the call that caused it, for clients
/// (the OpenAI SDK) that hide the response headers. An AsyncLocal flows from the call down into the handler;
/// the handler fills the carrier object, which the call still holds when the SDK returns or throws.
/// </summary>
internal sealed class ResponseRateCapture
{
    private static readonly AsyncLocal<ResponseRateCapture?> _current = new();
    private readonly RateHeaderDialect _dialect;
    private readonly TimeProvider _timeProvider;

    private ResponseRateCapture(RateHeaderDialect dialect, TimeProvider timeProvider)
    {
        _dialect = dialect;
        _timeProvider = timeProvider;
    }

    public RateSignal Rate { get; private set; } = RateSignal.None;

    /// <summary>The HTTP status of the response, or null when none arrived.</summary>
    public int? Status { get; private set; }

    /// <summary>Starts capturing for the calling async flow (restored when the calling async method returns).</summary>
    public static ResponseRateCapture Begin(RateHeaderDialect dialect, TimeProvider timeProvider)
    {
        var capture = new ResponseRateCapture(dialect, timeProvider);
        _current.Value = capture;
        return capture;
    }

    public static void Observe(HttpResponseMessage response)
    {
        if (_current.Value is { } capture)
        {
            capture.Status = (int)response.StatusCode;
            capture.Rate = RateHeaderReader.Read(response.Headers, capture._dialect, capture._timeProvider.GetUtcNow());
        }
    }
}

/// <summary>Reads every model-API response's limit headers into the current <see cref="ResponseRateCapture"/>, if any.</summary>
internal sealed class ResponseRateCaptureHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        ResponseRateCapture.Observe(response);
        return response;
    }
}
