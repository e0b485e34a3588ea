using Probes.Core.Text;

namespace Probes.Core.Fingerprints;

public sealed partial class ResponseSample
{
    /// <summary>
    /// Phrase hashes from word hashes: the polynomial hash of "a b" is P(a)·B^(|b|+1) + ' '·B^|b| + P(b), so
    /// every bi- and trigram costs two multiply-adds and a mix, and equals the hash of its text exactly.
    /// </summary>
    private void ComposeNgrams()
    {
        var words = _words.AsSpan(0, _wordCount);
        if (words.Length < 2) return;
        // Spans in locals, and the previous word's and pair's hashes carried in locals from one word to the next.
        var text = Text;
        var bigrams = _bigrams.AsSpan(0, words.Length - 1);
        var trigrams = _trigrams.AsSpan(0, words.Length - 2);
        var previous = words[0].TextHash;
        var pair = 0UL;
        for (var k = 1; k < words.Length; k++)
        {
            var current = words[k].TextHash;
            var length = HashedLength(text, words[k]);
            if (k >= 2) trigrams[k - 2] = StableHash.Mix(PolynomialHash.JoinWithSpace(pair, current, length));
            pair = PolynomialHash.JoinWithSpace(previous, current, length);
            bigrams[k - 1] = StableHash.Mix(pair);
            previous = current;
        }
    }

    /// <summary>
    /// The text whose <see cref="Sketches.SpaceSavingTopK.HashOf"/> is the hash of words [first, first + count):
    /// their hashed parts, folded, joined by single spaces. Built only when a phrase is shown or kept by name.
    /// </summary>
    public string PhraseText(int first, int count)
    {
        const int maxOnStack = 4 * (WordTokenizer.MaxHashedLength + 1);
        var words = Words.Slice(first, count);
        Span<char> text = count * (WordTokenizer.MaxHashedLength + 1) <= maxOnStack
            ? stackalloc char[maxOnStack]
            : new char[count * (WordTokenizer.MaxHashedLength + 1)];
        var length = 0;
        foreach (var word in words)
        {
            if (length > 0) text[length++] = ' ';
            length += WordTokenizer.Fold(WordTokenizer.HashedPart(WordText(word)), text[length..]);
        }
        return new string(text[..length]);
    }

    private static int HashedLength(ReadOnlySpan<char> text, WordToken word) =>
        word.Length <= WordTokenizer.MaxHashedLength ? word.Length : WordTokenizer.HashedPart(word.In(text)).Length;

    /// <summary>Scalar count: UTF-16 length less the second halves of surrogate pairs, found by a vectorised search.</summary>
    private static int ScalarCount(ReadOnlySpan<char> span)
    {
        var first = span.IndexOfAnyInRange('\uDC00', '\uDFFF');
        if (first < 0) return span.Length;
        var count = first;
        foreach (var c in span[first..])
        {
            if (!char.IsLowSurrogate(c)) count++;
        }
        return count;
    }
}
