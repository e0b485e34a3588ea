using System.Text.Json.Serialization;
using Probes.Core.Sketches;

namespace Probes.Core.Fingerprints.Families;

/// <summary>
/// House style across all prompts of a target: how replies open (the first three words: "Sure! Here's",
/// "Great question!", a signature of chat fine-tuning), the function-word profile, the set of word 3-shingles
/// (MinHash: how much phrasing two models share) and how many distinct word bigrams they use (HyperLogLog:
/// vocabulary richness). All hashes come from the response sample's composed n-gram hashes.
/// </summary>
public sealed class StyleFeatures : FeatureFamily<StyleFeatures>
{
    public const int OpeningCapacity = 256;
    public const int OpeningFilterBuckets = 1024;
    public const int OpeningWords = 3;

    // Per function word, in FunctionWords.All order, then counters for every other word (FunctionWords.CounterOf),
    // which let each word be counted without a branch on whether it is listed. Those last ones are never shown.
    private readonly long[] _functionWords;

    public StyleFeatures() : this(new SpaceSavingTopK(OpeningCapacity, OpeningFilterBuckets), 0,
        FunctionWords.All.ToDictionary(word => word, _ => 0L), new BottomKMinHash(), new HyperLogLog())
    {
    }

    [JsonConstructor]
    public StyleFeatures(SpaceSavingTopK openings, long totalWords, IReadOnlyDictionary<string, long> functionWordCounts,
        BottomKMinHash shingles, HyperLogLog distinctBigrams)
    {
        if (openings.Capacity != OpeningCapacity || openings.FilterBuckets != OpeningFilterBuckets
            || shingles.K != BottomKMinHash.DefaultK || distinctBigrams.Precision != HyperLogLog.DefaultPrecision)
        {
            throw new ArgumentException("Style sketches do not have the schema's dimensions.");
        }
        _functionWords = new long[FunctionWords.All.Count + FunctionWords.UnlistedCounters];
        if (functionWordCounts.Count != FunctionWords.All.Count) throw new ArgumentException("The function-word profile must list every word.");
        var listed = 0L;
        for (var i = 0; i < FunctionWords.All.Count; i++)
        {
            if (!functionWordCounts.TryGetValue(FunctionWords.All[i], out var count) || count < 0)
                throw new ArgumentException($"Invalid count for function word '{FunctionWords.All[i]}'.");
            _functionWords[i] = count;
            listed += count;
        }
        if (totalWords < listed) throw new ArgumentException("Function words exceed the total word count.");
        (Openings, TotalWords, Shingles, DistinctBigrams) = (openings, totalWords, shingles, distinctBigrams);
    }

    /// <summary>First words of each reply, folded and joined by spaces (up to three; "(none)" for an empty reply).</summary>
    public SpaceSavingTopK Openings { get; }

    /// <summary>All words counted, the denominator of the function-word profile.</summary>
    public long TotalWords { get; private set; }

    /// <summary>Occurrences of each function word, in <see cref="FunctionWords.All"/> order.</summary>
    public IReadOnlyDictionary<string, long> FunctionWordCounts
    {
        get
        {
            var counts = new Dictionary<string, long>(FunctionWords.All.Count);
            for (var i = 0; i < FunctionWords.All.Count; i++) counts[FunctionWords.All[i]] = _functionWords[i];
            return counts;
        }
    }

    /// <summary>Bottom-k MinHash of the word 3-shingles (a reply of one or two words is one shingle).</summary>
    public BottomKMinHash Shingles { get; }

    public HyperLogLog DistinctBigrams { get; }

    /// <summary>The function-word profile as rates per word of text, in <see cref="FunctionWords.All"/> order.</summary>
    public double[] FunctionWordRates()
    {
        var rates = new double[FunctionWords.All.Count];
        for (var i = 0; i < rates.Length && TotalWords > 0; i++) rates[i] = (double)_functionWords[i] / TotalWords;
        return rates;
    }

    public override void Add(ResponseSample sample)
    {
        var words = sample.Words;
        AddOpening(sample);
        TotalWords += words.Length;
        var functionWords = _functionWords;
        foreach (var hash in sample.WordHashes) functionWords[FunctionWords.CounterOf(hash)]++;
        foreach (var bigram in sample.Bigrams) DistinctBigrams.Add(bigram);
        if (words.Length >= 3)
        {
            foreach (var trigram in sample.Trigrams) Shingles.Add(trigram);
        }
        else if (words.Length > 0)
        {
            Shingles.Add(WholeReplyHash(sample));
        }
    }

    public override void Merge(StyleFeatures other)
    {
        Openings.Merge(other.Openings);
        TotalWords += other.TotalWords;
        for (var i = 0; i < FunctionWords.All.Count; i++) _functionWords[i] += other._functionWords[i];
        Shingles.Merge(other.Shingles);
        DistinctBigrams.Merge(other.DistinctBigrams);
    }

    private void AddOpening(ResponseSample sample)
    {
        var words = sample.Words;
        if (words.IsEmpty)
        {
            Openings.Add(AnswerFeatures.NoAnswer);
            return;
        }
        var hash = WholeReplyHash(sample);
        if (!Openings.TryCount(hash, 1)) Openings.Admit(sample.PhraseText(0, Math.Min(OpeningWords, words.Length)), hash, 1);
    }

    /// <summary>The hash of the first min(3, words) words, which for a short reply is the whole reply.</summary>
    private static ulong WholeReplyHash(ResponseSample sample) => sample.Words.Length switch
    {
        1 => sample.Words[0].Hash,
        2 => sample.Bigrams[0],
        _ => sample.Trigrams[0],
    };
}
