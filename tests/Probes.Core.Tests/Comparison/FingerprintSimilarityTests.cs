using Probes.Core.Comparison;
using Probes.Core.Fingerprints;
using Probes.Core.Tests.Fingerprints;

namespace Probes.Core.Tests.Comparison;

public sealed class FingerprintSimilarityTests
{
    private static Fingerprint Fold(string targetId, params (string Probe, string Response)[] responses)
    {
        var fingerprint = new Fingerprint(new FingerprintKey(targetId, "set@1", "s"));
        foreach (var (probe, response) in responses) fingerprint.Add(TestRecords.Success(probe, response, targetId: targetId));
        return fingerprint;
    }

    [Fact]
    public void A_fingerprint_is_fully_similar_to_a_copy_of_itself_on_every_family()
    {
        var records = GeneratedRecords.Generate(9, 200);
        var a = new Fingerprint(new FingerprintKey("a", "v1", "s1"));
        foreach (var record in records) a.Add(record);
        var b = Fingerprint.FromJson(a.ToJson());
        var result = FingerprintSimilarity.Compare(a, b);
        Assert.Equal(5, result.Families.Count);
        Assert.All(result.Families, family => Assert.Equal(1, family.Similarity, 9));
        Assert.Equal(1, result.Combined, 9);
    }

    [Fact]
    public void Comparing_fingerprints_under_different_settings_throws_and_says_why()
    {
        var a = new Fingerprint(new FingerprintKey("a", "set@1", "s"));
        var b = new Fingerprint(new FingerprintKey("b", "set@1", "other-sampling"));
        var error = Assert.Throws<IncomparableFingerprintsException>(() => FingerprintSimilarity.Compare(a, b));
        Assert.Contains("not comparable", error.Message);
        Assert.Equal((a.Key, b.Key), (error.A, error.B));
    }

    [Fact]
    public void Families_without_evidence_are_left_out_and_the_weights_renormalise()
    {
        var a = Fold("a", ("p1", "Yes, indeed."), ("p2", "- maybe"));
        var b = Fold("b", ("p3", "Yes, indeed."));
        var result = FingerprintSimilarity.Compare(a, b);
        Assert.Null(result.Family("answers"));
        Assert.Null(result.Family("identity"));
        var weights = FingerprintSimilarity.Measures.ToDictionary(m => m.Measure.Family, m => m.Weight);
        var expected = result.Families.Sum(f => weights[f.Family] * f.Similarity) / result.Families.Sum(f => weights[f.Family]);
        Assert.Equal(expected, result.Combined, 12);
    }

    [Fact]
    public void Empty_fingerprints_have_no_combined_score()
    {
        var result = FingerprintSimilarity.Compare(Fold("a"), Fold("b"));
        Assert.Empty(result.Families);
        Assert.True(double.IsNaN(result.Combined));
    }

    [Fact]
    public void Answer_agreement_averages_one_minus_jsd_over_shared_probes_only()
    {
        var a = Fold("a", ("same", "Blue"), ("same", "Red"), ("different", "cat"), ("only-a", "x"));
        var b = Fold("b", ("same", "blue."), ("same", "red"), ("different", "dog"), ("only-b", "y"));
        var answers = FingerprintSimilarity.Compare(a, b).Family("answers")!;
        Assert.Equal((1.0 + 0.0) / 2, answers.Similarity, 12);
        Assert.Equal(["same: \"blue\" 0.5 vs 0.5"], answers.Drivers);
    }

    [Fact]
    public void Format_similarity_is_one_minus_the_mean_rate_difference()
    {
        var a = Fold("a", ("p", "- a\n- b"), ("p", "plain"));
        var b = Fold("b", ("p", "plain"), ("p", "plain"));
        var format = FingerprintSimilarity.Compare(a, b).Family("format")!;
        Assert.Equal(1 - 0.5 / 8, format.Similarity, 12);
        Assert.Empty(format.Drivers);
    }

    [Fact]
    public void Identity_overlap_is_zero_when_only_one_side_names_a_vendor_and_one_when_both_name_the_same()
    {
        var claude = Fold("a", ("who", "I am Claude."));
        var silent = Fold("b", ("who", "I am an assistant."));
        var alsoClaude = Fold("c", ("who", "Claude here, by Anthropic."), ("who", "Hello"));
        Assert.Equal(0, FingerprintSimilarity.Compare(claude, silent).Family("identity")!.Similarity);
        var same = FingerprintSimilarity.Compare(claude, alsoClaude).Family("identity")!;
        Assert.Equal(1, same.Similarity, 12);
        Assert.Equal(["anthropic 1 vs 0.5 of responses"], same.Drivers);
    }

    [Fact]
    public void Lexical_similarity_is_one_for_proportional_texts_and_zero_for_disjoint_ones()
    {
        var once = Fold("a", ("p", "the quick brown fox"));
        var thrice = Fold("b", ("p", "the quick brown fox"), ("p", "The quick brown fox!"), ("q", "THE QUICK BROWN FOX"));
        var other = Fold("c", ("p", "lorem ipsum dolor sit"));
        Assert.Equal(1, FingerprintSimilarity.Compare(once, thrice).Family("lexical")!.Similarity, 12);
        Assert.Equal(0, FingerprintSimilarity.Compare(once, other).Family("lexical")!.Similarity, 12);
        Assert.Contains("\"the quick\" 1 vs 1 per response", FingerprintSimilarity.Compare(once, thrice).Family("lexical")!.Drivers);
    }

    [Fact]
    public void Length_overlap_is_one_for_equal_distributions_and_falls_with_the_gap()
    {
        var ten = Fold("a", ("p", string.Join(' ', Enumerable.Repeat("word", 10))), ("p", string.Join(' ', Enumerable.Repeat("word", 12))));
        var eleven = Fold("b", ("p", string.Join(' ', Enumerable.Repeat("word", 11))), ("p", string.Join(' ', Enumerable.Repeat("word", 13))));
        var fifty = Fold("c", ("p", string.Join(' ', Enumerable.Repeat("word", 50))), ("p", string.Join(' ', Enumerable.Repeat("word", 52))));
        Assert.Equal(1, LengthSimilarity.Overlap(ten.Length.Words, ten.Length.Words), 12);
        var near = FingerprintSimilarity.Compare(ten, eleven).Family("length")!.Similarity;
        var far = FingerprintSimilarity.Compare(ten, fifty).Family("length")!.Similarity;
        Assert.InRange(near, 0.5, 1);
        Assert.InRange(far, 0, 0.01);
    }
}
