using System.Text.Json.Serialization;
using Probes.Core.Sketches;

namespace Probes.Core.Fingerprints.Families;

/// <summary>
/// What the serving stack reveals beside the text: the model names and system fingerprints the API returns,
/// latency, and the tokenizer signal, the prompt-token counts the API reports for each prompt. A tokenizer is
/// deterministic, so a prompt's count is one value per tokenizer and system prompt: an endpoint that reports
/// another count for the same prompt is tokenising with another vocabulary (compare with known tokenizers).
/// </summary>
public sealed class ServiceFeatures : FeatureFamily<ServiceFeatures>
{
    public const int ModelNameCapacity = 32;
    public const int SystemFingerprintCapacity = 64;

    /// <summary>Recorded where the API returned no model name or system fingerprint: absence is itself a trait.</summary>
    public const string NotReported = "(none)";

    // Hashed for the per-reply update (a reply's prompt hash is a new string each time); shown in ordinal order.
    private readonly Dictionary<string, SortedDictionary<int, long>> _promptTokens = new(StringComparer.Ordinal);

    public ServiceFeatures() : this(new SpaceSavingTopK(ModelNameCapacity), new SpaceSavingTopK(SystemFingerprintCapacity),
        new QuantileSketch(), new Dictionary<string, IReadOnlyDictionary<int, long>>())
    {
    }

    [JsonConstructor]
    public ServiceFeatures(SpaceSavingTopK returnedModels, SpaceSavingTopK systemFingerprints, QuantileSketch latencyMs,
        IReadOnlyDictionary<string, IReadOnlyDictionary<int, long>> promptTokens)
    {
        if (returnedModels.Capacity != ModelNameCapacity || returnedModels.FilterBuckets != 0
            || systemFingerprints.Capacity != SystemFingerprintCapacity || systemFingerprints.FilterBuckets != 0
            || latencyMs.RelativeAccuracy != QuantileSketch.DefaultRelativeAccuracy)
        {
            throw new ArgumentException("Service sketches do not have the schema's dimensions.");
        }
        foreach (var (promptHash, counts) in promptTokens)
        {
            if (counts.Count == 0 || counts.Any(count => count.Key < 0 || count.Value <= 0))
                throw new ArgumentException($"Invalid prompt-token counts for prompt {promptHash}.");
            _promptTokens.Add(promptHash, new SortedDictionary<int, long>(counts.ToDictionary()));
        }
        (ReturnedModels, SystemFingerprints, LatencyMs) = (returnedModels, systemFingerprints, latencyMs);
    }

    public SpaceSavingTopK ReturnedModels { get; }

    public SpaceSavingTopK SystemFingerprints { get; }

    /// <summary>Latency of successful calls in milliseconds (after retries, as recorded).</summary>
    public QuantileSketch LatencyMs { get; }

    /// <summary>By prompt hash, each reported prompt-token count and how many replies reported it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<int, long>> PromptTokens =>
        _promptTokens.OrderBy(prompt => prompt.Key, StringComparer.Ordinal)
            .ToDictionary(prompt => prompt.Key, prompt => (IReadOnlyDictionary<int, long>)prompt.Value);

    public override void Add(ResponseSample sample)
    {
        ReturnedModels.Add(string.IsNullOrEmpty(sample.ReturnedModel) ? NotReported : sample.ReturnedModel);
        SystemFingerprints.Add(string.IsNullOrEmpty(sample.SystemFingerprint) ? NotReported : sample.SystemFingerprint);
        if (double.IsFinite(sample.LatencyMs)) LatencyMs.Add(Math.Max(0, sample.LatencyMs));
        if (sample.PromptTokens is { } tokens && tokens >= 0 && sample.PromptHash.Length > 0) CountTokens(sample.PromptHash, tokens, 1);
    }

    public override void Merge(ServiceFeatures other)
    {
        ReturnedModels.Merge(other.ReturnedModels);
        SystemFingerprints.Merge(other.SystemFingerprints);
        LatencyMs.Merge(other.LatencyMs);
        foreach (var (promptHash, counts) in other._promptTokens.ToList())
        {
            foreach (var (tokens, count) in counts.ToList()) CountTokens(promptHash, tokens, count);
        }
    }

    private void CountTokens(string promptHash, int tokens, long count)
    {
        if (!_promptTokens.TryGetValue(promptHash, out var counts)) _promptTokens.Add(promptHash, counts = []);
        counts[tokens] = counts.GetValueOrDefault(tokens) + count;
    }
}
