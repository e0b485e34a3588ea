using System.Globalization;
using Probes.Core.Records;

namespace Probes.Core.Comparison.SameModel;

/// <summary>
/// One target's completions as read back from its records: successful responses grouped by prompt key
/// <c>{ProbeId}#{Variant}</c>, with each prompt's hash and the sampling settings they were drawn under. Failed items
/// are counted and left out — an error is not a completion the model chose.
/// </summary>
public sealed record CompletionSample(
    IReadOnlyDictionary<string, IReadOnlyList<string>> ByPrompt,
    IReadOnlyDictionary<string, string> PromptHashes,
    IReadOnlyList<string> Samplings,
    int Failed)
{
    public static string PromptKey(string probeId, int variant) =>
        string.Create(CultureInfo.InvariantCulture, $"{probeId}#{variant}");

    public static CompletionSample FromRecords(IEnumerable<ProbeRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var byPrompt = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var samplings = new SortedSet<string>(StringComparer.Ordinal);
        var failed = 0;
        foreach (var record in records)
        {
            if (!record.Succeeded || record.Response is null)
            {
                failed++;
                continue;
            }
            var key = PromptKey(record.ProbeId, record.Variant);
            if (!byPrompt.TryGetValue(key, out var completions))
            {
                byPrompt[key] = completions = [];
                hashes[key] = record.PromptHash;
            }
            completions.Add(record.Response);
            samplings.Add(Sampling(record));
        }
        return new CompletionSample(
            byPrompt.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal),
            hashes, [.. samplings], failed);
    }

    /// <summary>
    /// The two samples restricted to what may be compared: a prompt key whose text differs between them (another
    /// probe set version) is dropped from both, since its answers would differ by design.
    /// </summary>
    public AlignedSamples AlignWith(CompletionSample other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var changed = PromptHashes
            .Where(kv => other.PromptHashes.TryGetValue(kv.Key, out var hash) && hash != kv.Value)
            .Select(kv => kv.Key)
            .Order(StringComparer.Ordinal)
            .ToArray();
        return new AlignedSamples(Without(ByPrompt, changed), Without(other.ByPrompt, changed), changed);
    }

    /// <summary>Decoding settings as recorded; a system prompt is known only by its hash.</summary>
    private static string Sampling(ProbeRecord record) => string.Create(CultureInfo.InvariantCulture,
        $"temperature {record.Temperature:R}, max tokens {record.MaxTokens}, system prompt {record.SystemPromptHash ?? "none"}");

    private static Dictionary<string, IReadOnlyList<string>> Without(IReadOnlyDictionary<string, IReadOnlyList<string>> sample, string[] keys) =>
        sample.Where(kv => !keys.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
}

/// <summary>Two samples ready for <see cref="HammingMmdTest"/>, and the prompt keys left out because their text changed.</summary>
public sealed record AlignedSamples(
    IReadOnlyDictionary<string, IReadOnlyList<string>> X,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Y,
    IReadOnlyList<string> ChangedPrompts);
