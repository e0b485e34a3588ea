using System.Text.Json.Serialization;

namespace Probes.Core.Records;

/// <summary>
/// One work item's outcome, exactly as stored in a record batch: one JSON line per item.
/// A failed item is a record too (with <see cref="Error"/>), never a silent loss.
/// </summary>
public sealed record ProbeRecord
{
    public required string CampaignId { get; init; }
    public required string TargetId { get; init; }
    public required long ItemIndex { get; init; }
    public required string ProbeId { get; init; }
    public required string Family { get; init; }
    public required int Variant { get; init; }
    public required int Sample { get; init; }
    public required string Prompt { get; init; }
    public required string PromptHash { get; init; }
    public required double Temperature { get; init; }
    public required int MaxTokens { get; init; }
    public string? SystemPromptHash { get; init; }
    public string? Response { get; init; }
    public string? FinishReason { get; init; }
    public int? PromptTokens { get; init; }
    public int? CompletionTokens { get; init; }
    public string? ReturnedModel { get; init; }
    public string? SystemFingerprint { get; init; }

    /// <summary>The provider's id of this completion, so an analyst can match a record with the provider's own logs.</summary>
    public string? ResponseId { get; init; }

    public double LatencyMs { get; init; }
    public int Attempts { get; init; }
    public RecordError? Error { get; init; }
    public string? Shard { get; init; }
    public long Seq { get; init; }

    [JsonIgnore]
    public bool Succeeded => Error is null;
}

/// <summary>Why an item failed after its retries: a kind (timeout, http, malformed…), the HTTP status and a message.</summary>
public sealed record RecordError(string Kind, int? Status, string Message);
