namespace Probes.Core.Specs;

/// <summary>A campaign as the user wrote it, validated: what to send, to whom, how often.</summary>
public sealed record CampaignSpec(
    string Name,
    IReadOnlyList<ProbeSetReference> ProbeSets,
    int SamplesPerProbe,
    SamplingSettings Sampling,
    IReadOnlyList<TargetSpec> Targets,
    CampaignBudget? Budget = null);

/// <summary>
/// A probe set named by its built-in name, read from a YAML file, or made of the prompts of a recorded dataset
/// (a folder, see <see cref="Datasets.RecordedDataset"/>). Paths are full paths.
/// </summary>
public sealed record ProbeSetReference(string? BuiltIn, string? File, string? Dataset = null);

/// <summary>
/// Decoding settings shared by every call of a campaign. They are part of a fingerprint's identity:
/// statistics gathered at different temperatures or under different system prompts must never be mixed.
/// </summary>
public sealed record SamplingSettings(double Temperature, int MaxTokens, string? SystemPrompt)
{
    public static SamplingSettings Default { get; } = new(1.0, 256, null);
}

/// <summary>
/// One model endpoint. The API key is never held here, only the name of the variable that holds it.
/// A <see cref="ReplayProvider"/> target has no endpoint: it serves <see cref="Model"/>'s recorded responses from
/// the dataset folder <see cref="Dataset"/> (a full path). <see cref="Price"/> turns reported tokens into dollars for
/// a cost budget.
/// </summary>
public sealed record TargetSpec(
    string Id,
    string Provider,
    string Model,
    string? BaseUrl,
    string? ApiKeyEnv,
    RateSettings Rate,
    string? Dataset = null,
    TargetPrice? Price = null)
{
    /// <summary>The provider that answers from a recorded dataset instead of calling a model.</summary>
    public const string ReplayProvider = "replay";
}

/// <summary>
/// What the provider allows this endpoint: requests per minute, concurrent calls, and tokens per minute (prompt plus
/// completion; null when the provider sets no token limit).
/// </summary>
public sealed record RateSettings(int RequestsPerMinute, int MaxInFlight, int? TokensPerMinute = null)
{
    public static RateSettings Default { get; } = new(600, 8);
}
