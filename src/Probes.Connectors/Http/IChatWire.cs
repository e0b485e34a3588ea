using Probes.Connectors.Rates;
using Probes.Core.Records;

namespace Probes.Connectors.Http;

/// <summary>
/// One provider's wire format for a single chat turn: how to ask, how to read an answer, how to read a refusal.
/// Everything else (the deadline, the rate headers, transport faults, redaction, logging) is shared by
/// <see cref="WireModelClient"/>, so every provider reports faults the same way.
/// </summary>
internal interface IChatWire
{
    RateHeaderDialect RateHeaders { get; }

    HttpRequestMessage CreateRequest(ModelCall call);

    /// <summary>Maps a 2xx body; throws <see cref="System.Text.Json.JsonException"/> when it is not the provider's format.</summary>
    ModelReply ReadReply(string body);

    /// <summary>Maps a non-2xx body (which may be anything, HTML included) onto an error.</summary>
    WireFailure ReadFailure(int status, string body, string apiKey);
}

/// <summary>A refusal as the provider's body describes it; some providers put the wait in the body, not a header.</summary>
internal sealed record WireFailure(RecordError Error, TimeSpan? RetryDelay = null);
