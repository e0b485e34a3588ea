using Probes.Core.Fingerprints;
using Probes.Core.Fingerprints.Families;
using Probes.Core.Sketches;
using Probes.Core.Text;

namespace Probes.Core.Tests.Fingerprints;

public sealed class StyleFeaturesTests
{
    private static StyleFeatures Fold(params string?[] responses)
    {
        var family = new StyleFeatures();
        foreach (var response in responses) family.Add(ResponseSample.Of("p", response));
        return family;
    }

    [Fact]
    public void Openings_are_the_first_three_words_folded()
    {
        var openings = Fold("Sure! Here\u2019s the answer.", "sure, here's the list", "SURE here's a poem", "Yes.", "", "No way")
            .Openings.Entries.ToDictionary(entry => entry.Item, entry => entry.Count);
        Assert.Equal(new Dictionary<string, long>
        {
            ["sure here's the"] = 2, ["sure here's a"] = 1, ["yes"] = 1, ["no way"] = 1, [AnswerFeatures.NoAnswer] = 1,
        }, openings);
    }

    [Fact]
    public void The_function_word_profile_counts_listed_words_over_all_words()
    {
        var style = Fold("The cat and THE dog sat on a mat.", "Dogs bark.");
        Assert.Equal(11, style.TotalWords);
        Assert.Equal((2L, 1L, 1L, 1L, 0L), (style.FunctionWordCounts["the"], style.FunctionWordCounts["and"],
            style.FunctionWordCounts["on"], style.FunctionWordCounts["a"], style.FunctionWordCounts["of"]));
        Assert.Equal(2.0 / 11, style.FunctionWordRates()[FunctionWords.All.ToList().IndexOf("the")], 12);
    }

    [Fact]
    public void Every_listed_function_word_is_found_by_its_hash_and_others_are_not()
    {
        for (var i = 0; i < FunctionWords.All.Count; i++) Assert.Equal(i, FunctionWords.IndexOf(WordTokenizer.HashOf(FunctionWords.All[i])));
        Assert.Equal(-1, FunctionWords.IndexOf(WordTokenizer.HashOf("cat")));
        Assert.InRange(FunctionWords.All.Count, 140, 180);
    }

    [Fact]
    public void Every_word_has_one_counter_and_only_listed_words_one_of_the_listed_ones()
    {
        // Random words, ASCII and not, beside the listed ones in other cases: the branch-free table must agree with
        // a plain search of the list, and give every other word a counter past it.
        var random = new Random(11);
        const string letters = "abcdefghijklmnopqrstuvwxyzTHE\u00E9\u00DF\u0436\u6A21";
        var words = Enumerable.Range(0, 20_000)
            .Select(_ => new string(Enumerable.Range(0, 1 + random.Next(9)).Select(_ => letters[random.Next(letters.Length)]).ToArray()))
            .Concat(FunctionWords.All.Select(word => word.ToUpperInvariant()))
            .Concat(FunctionWords.All.Select(word => word + "s"));
        var listed = FunctionWords.All.ToList();
        foreach (var word in words)
        {
            var expected = listed.IndexOf(WordTokenizer.FoldToString(word));
            var counter = FunctionWords.CounterOf(WordTokenizer.HashOf(word));
            if (expected >= 0) Assert.Equal(expected, counter);
            else Assert.InRange(counter, listed.Count, listed.Count + FunctionWords.UnlistedCounters - 1);
            Assert.Equal(expected, FunctionWords.IndexOf(WordTokenizer.HashOf(word)));
        }
    }

    [Fact]
    public void Shingles_are_word_trigrams_and_a_short_reply_is_one_shingle()
    {
        var style = Fold("one two three four", "Hi there");
        var sample = ResponseSample.Of("p", "one two three four");
        var expected = sample.Trigrams.ToArray().Append(ResponseSample.Of("p", "hi THERE").Bigrams[0]).Order().ToArray();
        Assert.Equal(expected, style.Shingles.Hashes.ToArray());
    }

    [Fact]
    public void Shingle_similarity_separates_shared_phrasing_from_unrelated_text()
    {
        var text = "the quick brown fox jumps over the lazy dog while the cat sleeps in the warm sun";
        var (a, b, c) = (Fold(text), Fold(text.ToUpperInvariant() + "!"), Fold("completely different words appear in this other reply today"));
        Assert.Equal(1, BottomKMinHash.Jaccard(a.Shingles, b.Shingles));
        Assert.Equal(0, BottomKMinHash.Jaccard(a.Shingles, c.Shingles));
    }

    [Fact]
    public void Distinct_bigrams_are_estimated_by_the_hyperloglog()
    {
        var words = Enumerable.Range(0, 3001).Select(i => $"w{i}").ToArray();
        var style = Fold(string.Join(' ', words), string.Join(' ', words.Take(1000)));
        Assert.InRange(style.DistinctBigrams.Estimate(), 3000 * 0.97, 3000 * 1.03);
    }
}
