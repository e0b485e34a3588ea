using Probes.Core.Rates;
using Probes.Core.Records;

namespace Probes.Connectors;

/// <summary>What came back from one call, with what the provider reported about it.</summary>
public sealed record ModelReply
{
    public string? Text { get; init; }
    public string? FinishReason { get; init; }
    public int? PromptTokens { get; init; }
    public int? CompletionTokens { get; init; }
    public string? ReturnedModel { get; init; }
    public string? SystemFingerprint { get; init; }

    /// <summary>
    /// The provider's id of this one response (OpenAI's completion id, Anthropic's message id, Gemini's responseId):
    /// unique per call, so it traces a record back to the provider's logs and never enters a fingerprint.
    /// </summary>
    public string? ResponseId { get; init; }
    public TimeSpan Latency { get; init; }
    public int Attempts { get; init; } = 1;
    public RecordError? Error { get; init; }

    /// <summary>What the provider's headers said about its limits on this call (never null; empty when it said nothing).</summary>
    public RateSignal Rate { get; init; } = RateSignal.None;
}
