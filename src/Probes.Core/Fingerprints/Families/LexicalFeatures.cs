using System.Text.Json.Serialization;
using Probes.Core.Sketches;
using Probes.Core.Text;

namespace Probes.Core.Fingerprints.Families;

/// <summary>
/// Word choice, the strongest single attribution signal in free text (Sun et al., 2025): word uni-, bi- and
/// trigrams of the normalised response, hashed into a signed vector for similarity, plus the heaviest bi- and
/// trigrams by name (filtered Space-Saving) so a comparison can say which phrases two models share.
/// N-grams do not cross responses. A word is capped at <see cref="MaxWordLength"/> characters: longer
/// "words" (hashes, base64) are noise, and the cap keeps phrase building on the stack.
/// </summary>
public sealed class LexicalFeatures : FeatureFamily<LexicalFeatures>
{
    public const int MaxOrder = 3;
    public const int MaxWordLength = 48;
    public const int PhraseCapacity = 512;
    public const int PhraseFilterBuckets = 4096;

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
        // The window holds the last MaxOrder words, folded and space-separated; every n-gram ending at the
        // current word is a suffix of it, so each word is copied once per window rather than once per n-gram.
        Span<char> window = stackalloc char[MaxOrder * (MaxWordLength + 1)];
        Span<int> starts = stackalloc int[MaxOrder];
        var words = sample.Words;
        for (var i = 0; i < words.Length; i++)
        {
            var length = BuildWindow(sample, words, i, window, starts, out var order);
            for (var n = 1; n <= order; n++)
            {
                var ngram = window[starts[order - n]..length];
                var hash = SpaceSavingTopK.HashOf(ngram);
                Ngrams.Add(hash);
                if (n > 1) Phrases.Add(ngram, hash, 1, null);
            }
        }
    }

    public override void Merge(LexicalFeatures other)
    {
        Ngrams.Merge(other.Ngrams);
        Phrases.Merge(other.Phrases);
    }

    private static int BuildWindow(ResponseSample sample, ReadOnlySpan<WordToken> words, int last,
        Span<char> window, Span<int> starts, out int order)
    {
        order = Math.Min(MaxOrder, last + 1);
        var length = 0;
        for (var k = 0; k < order; k++)
        {
            if (k > 0) window[length++] = ' ';
            starts[k] = length;
            var word = sample.WordText(words[last - order + 1 + k]);
            if (word.Length > MaxWordLength) word = word[..MaxWordLength];
            length += WordTokenizer.Fold(word, window[length..]);
        }
        return length;
    }
}
