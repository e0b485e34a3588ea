using System.Text.Json.Serialization;
using Probes.Core.Sketches;
using Probes.Core.Text;

namespace Probes.Core.Fingerprints.Families;

/// <summary>
/// Word choice, the strongest single attribution signal in free text (Sun et al., 2025): word uni-, bi- and
/// trigrams of the normalised response, hashed into a signed vector for similarity, plus the heaviest bi- and
/// trigrams by name (filtered Space-Saving) so a comparison can say which phrases two models share.
/// Both are keyed by <see cref="SpaceSavingTopK.HashOf"/> of the folded n-gram text.
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
        var words = sample.Words;
        for (var last = 0; last < words.Length; last++)
        {
            // Every n-gram ending at this word is a suffix of the window, and item hashes read text backwards,
            // so one backward sweep over at most three words yields all of their hashes.
            var hash = StableHash.FnvOffset;
            for (var order = 1; order <= Math.Min(MaxOrder, last + 1); order++)
            {
                if (order > 1) hash = StableHash.FnvStep(hash, ' ');
                var word = Capped(sample.WordText(words[last - order + 1]));
                for (var i = word.Length - 1; i >= 0; i--) hash = StableHash.FnvStep(hash, WordTokenizer.Fold(word[i]));
                var ngram = StableHash.Mix(hash);
                Ngrams.Add(ngram);
                if (order > 1 && !Phrases.TryCount(ngram, 1)) Phrases.Admit(PhraseText(sample, words, last, order), ngram, 1);
            }
        }
    }

    public override void Merge(LexicalFeatures other)
    {
        Ngrams.Merge(other.Ngrams);
        Phrases.Merge(other.Phrases);
    }

    private static ReadOnlySpan<char> Capped(ReadOnlySpan<char> word) => word.Length > MaxWordLength ? word[..MaxWordLength] : word;

    /// <summary>The folded, space-joined text of the n-gram; built only when the phrase takes a counter.</summary>
    private static string PhraseText(ResponseSample sample, ReadOnlySpan<WordToken> words, int last, int order)
    {
        Span<char> text = stackalloc char[MaxOrder * (MaxWordLength + 1)];
        var length = 0;
        for (var k = last - order + 1; k <= last; k++)
        {
            if (length > 0) text[length++] = ' ';
            length += WordTokenizer.Fold(Capped(sample.WordText(words[k])), text[length..]);
        }
        return new string(text[..length]);
    }
}
