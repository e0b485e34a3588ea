using System.Text.Json.Serialization;
using Probes.Core.Sketches;
using Probes.Core.Text;

namespace Probes.Core.Fingerprints.Families;

/// <summary>
/// Per probe, the distribution of a short normalised answer: the first word, lower-cased, without punctuation.
/// Probes with many valid answers ("pick a number") make these distributions model-specific (PhyloLM; LLMmap),
/// and comparing them per probe needs no model to see the same prompt twice. Each probe keeps a top-k with n.
/// </summary>
public sealed class AnswerFeatures : FeatureFamily<AnswerFeatures>
{
    public const int AnswersPerProbe = 32;

    /// <summary>The answer recorded for a response with no words at all.</summary>
    public const string NoAnswer = "(none)";

    // Hashed for the per-reply lookup (a sorted map would compare ids, which share their family prefix such as
    // "identity.", several times a lookup); shown in ordinal order.
    private readonly Dictionary<string, SpaceSavingTopK> _byProbe = new(StringComparer.Ordinal);

    public AnswerFeatures()
    {
    }

    [JsonConstructor]
    public AnswerFeatures(IReadOnlyDictionary<string, SpaceSavingTopK> byProbe)
    {
        foreach (var (probeId, answers) in byProbe)
        {
            if (answers.Capacity != AnswersPerProbe || answers.FilterBuckets != 0)
            {
                throw new ArgumentException($"Answers of probe '{probeId}' do not have the schema's capacity.");
            }
            _byProbe.Add(probeId, answers);
        }
    }

    /// <summary>Answer summaries by probe id, in ordinal order.</summary>
    public IReadOnlyDictionary<string, SpaceSavingTopK> ByProbe =>
        new SortedDictionary<string, SpaceSavingTopK>(_byProbe, StringComparer.Ordinal);

    public override void Add(ResponseSample sample)
    {
        if (!_byProbe.TryGetValue(sample.ProbeId, out var answers))
        {
            answers = new SpaceSavingTopK(AnswersPerProbe);
            _byProbe.Add(sample.ProbeId, answers);
        }
        if (sample.Words.IsEmpty)
        {
            answers.Add(NoAnswer);
            return;
        }
        // A word's hash is the item hash of its folded hashed part: the text is folded only if it takes a counter.
        var first = sample.Words[0];
        if (!answers.TryCount(first.Hash, 1)) answers.Admit(sample.PhraseText(0, 1), first.Hash, 1);
    }

    public override void Merge(AnswerFeatures other)
    {
        foreach (var (probeId, answers) in other._byProbe)
        {
            if (_byProbe.TryGetValue(probeId, out var mine)) mine.Merge(answers);
            else _byProbe.Add(probeId, answers.Clone());
        }
    }
}
