using System.Text.Json.Serialization;
using Probes.Core.Sketches;
using Probes.Core.Text;

namespace Probes.Core.Fingerprints.Families;

/// <summary>
/// Word choice, the strongest single attribution signal in free text (Sun et al., 2025): word uni-, bi- and
/// trigrams of the normalised response, hashed into a signed vector for similarity, plus the heaviest bi- and
/// trigrams by name (filtered Space-Saving) so a comparison can say which phrases two models share.
/// Both are keyed by <see cref="SpaceSavingTopK.HashOf"/> of the folded n-gram text, which the response sample
/// composes from word hashes. N-grams do not cross responses. Words count by their hashed part
/// (<see cref="WordTokenizer.HashedPart"/>, at most <see cref="MaxWordLength"/> units).
/// </summary>
public sealed class LexicalFeatures : FeatureFamily<LexicalFeatures>
{
    public const int MaxOrder = 3;
    public const int MaxWordLength = WordTokenizer.MaxHashedLength;
    public const int PhraseCapacity = 512;
    public const int PhraseFilterBuckets = 16384;

    // The bi- and trigram hashes of the current reply in counting order (InterleavePhrases), reused across replies.
    private ulong[] _phraseOrder = new ulong[512];

    public LexicalFeatures() : this(new HashedVector(), new SpaceSavingTopK(PhraseCapacity, PhraseFilterBuckets))
    {
    }

    [JsonConstructor]
    public LexicalFeatures(HashedVector ngrams, SpaceSavingTopK phrases)
    {
        if (ngrams.BucketBits != HashedVector.DefaultBucketBits
            || phrases.Capacity != PhraseCapacity || phrases.FilterBuckets != PhraseFilterBuckets)
        {
            throw new ArgumentException("Lexical sketches do not have the schema's dimensions.");
        }
        Ngrams = ngrams;
        Phrases = phrases;
    }

    /// <summary>Signed feature-hashed counts of all uni-, bi- and trigrams (2^16 buckets).</summary>
    public HashedVector Ngrams { get; }

    /// <summary>Heavy-hitter bi- and trigrams, by their folded text ("words joined by spaces").</summary>
    public SpaceSavingTopK Phrases { get; }

    public override void Add(ResponseSample sample)
    {
        // Vector updates first, in plain loops of independent adds whose cache misses overlap; phrases after.
        Ngrams.AddEach(sample.WordHashes);
        Ngrams.AddEach(sample.Bigrams);
        Ngrams.AddEach(sample.Trigrams);
        var phrases = InterleavePhrases(sample.Bigrams, sample.Trigrams);
        for (var next = 0; next < phrases.Length; next++)
        {
            next += Phrases.CountEach(phrases[next..]);
            if (next == phrases.Length) break;
            // Entry 2k is the bigram of word k, entry 2k + 1 its trigram.
            Phrases.Admit(sample.PhraseText(next / 2, 2 + next % 2), phrases[next], 1);
        }
    }

    public override void Merge(LexicalFeatures other)
    {
        Ngrams.Merge(other.Ngrams);
        Phrases.Merge(other.Phrases);
    }

    /// <summary>
    /// The phrases in the order they are counted: each word's bigram, then its trigram. Space-Saving's state
    /// depends on the order of its updates, so the order is part of what the fingerprint is.
    /// </summary>
    private ReadOnlySpan<ulong> InterleavePhrases(ReadOnlySpan<ulong> bigrams, ReadOnlySpan<ulong> trigrams)
    {
        var length = bigrams.Length + trigrams.Length;
        if (_phraseOrder.Length < length) _phraseOrder = new ulong[Math.Max(length, 2 * _phraseOrder.Length)];
        for (var first = 0; first < trigrams.Length; first++)
        {
            _phraseOrder[2 * first] = bigrams[first];
            _phraseOrder[2 * first + 1] = trigrams[first];
        }
        if (bigrams.Length > trigrams.Length) _phraseOrder[length - 1] = bigrams[^1];
        return _phraseOrder.AsSpan(0, length);
    }
}
