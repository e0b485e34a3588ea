using Probes.Core.Fingerprints;
using Probes.Core.Sketches;
using Probes.Core.Text;

namespace Probes.Core.Tests.Text;

public sealed class PolynomialHashTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("of", "the")]
    [InlineData("naïve", "模型")]
    [InlineData("a\U0001F600", "don't")]
    public void Hashes_compose_like_the_concatenated_text(string left, string right)
    {
        Assert.Equal(PolynomialHash.Of(left + right), PolynomialHash.Concat(PolynomialHash.Of(left), PolynomialHash.Of(right), right.Length));
        Assert.Equal(PolynomialHash.Of(left + " " + right), PolynomialHash.JoinWithSpace(PolynomialHash.Of(left), PolynomialHash.Of(right), right.Length));
        Assert.Equal(PolynomialHash.Of(new string('x', 300)), PolynomialHash.Concat(PolynomialHash.Of(new string('x', 20)), PolynomialHash.Of(new string('x', 280)), 280));
    }

    [Fact]
    public void Composed_ngram_hashes_equal_the_hashes_of_their_phrase_text()
    {
        var longWord = new string('q', 47) + "\U0001F600" + "tail";
        var letters = new string('Z', 60);
        var sample = ResponseSample.Of("p", $"The Cat\u2019s naïve 模型 {longWord} and {letters} went home, 9 times.");
        for (var first = 0; first < sample.Bigrams.Length; first++)
        {
            Assert.Equal(SpaceSavingTopK.HashOf(sample.PhraseText(first, 2)), sample.Bigrams[first]);
        }
        for (var first = 0; first < sample.Trigrams.Length; first++)
        {
            Assert.Equal(SpaceSavingTopK.HashOf(sample.PhraseText(first, 3)), sample.Trigrams[first]);
        }
        foreach (var word in sample.Words) Assert.Equal(SpaceSavingTopK.HashOf(sample.PhraseText(sample.Words.IndexOf(word), 1)), word.Hash);
        Assert.Contains(sample.Words.ToArray(), word => word.Length > WordTokenizer.MaxHashedLength);
    }

    [Fact]
    public void Long_words_hash_by_their_first_units_without_splitting_a_pair()
    {
        var pairAtTheEdge = new string('q', 47) + "\U0001F600";
        Assert.Equal(47, WordTokenizer.HashedPart(pairAtTheEdge + "more").Length);
        Assert.Equal(WordTokenizer.HashOf(new string('a', 48) + "b"), WordTokenizer.HashOf(new string('a', 48) + "c"));
        Assert.NotEqual(WordTokenizer.HashOf(new string('a', 47) + "b"), WordTokenizer.HashOf(new string('a', 47) + "c"));
    }

    [Fact]
    public void Text_hashes_tell_texts_apart_and_are_stable()
    {
        Assert.Equal(StableHash.OfText("Paris is the capital."), StableHash.OfText(new string("Paris is the capital.".ToCharArray())));
        Assert.NotEqual(StableHash.OfText("Paris is the capital."), StableHash.OfText("Paris is the capital!"));
        Assert.NotEqual(StableHash.OfText("abcd"), StableHash.OfText("abcd\0"));
        Assert.NotEqual(StableHash.OfText(""), StableHash.OfText("\0"));
    }
}
