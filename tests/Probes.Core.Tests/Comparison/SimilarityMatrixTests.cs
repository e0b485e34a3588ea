using Probes.Core.Comparison;
using Probes.Core.Fingerprints;
using Probes.Core.Tests.Fingerprints;

namespace Probes.Core.Tests.Comparison;

public sealed class SimilarityMatrixTests
{
    private static Fingerprint Fold(string targetId, params string[] responses)
    {
        var fingerprint = new Fingerprint(new FingerprintKey(targetId, "set@1", "s"));
        foreach (var response in responses) fingerprint.Add(TestRecords.Success("p", response, targetId: targetId));
        return fingerprint;
    }

    [Fact]
    public void Holds_every_pair_symmetrically_with_the_diagonal_compared_to_itself()
    {
        var matrix = SimilarityMatrix.Build([Fold("a", "red fox"), Fold("b", "red fox jumps"), Fold("c", "blue whale")]);
        Assert.Equal(["a", "b", "c"], matrix.Targets);
        Assert.Equal(3, matrix.Pairs.Count);
        Assert.Same(matrix[0, 1], matrix[1, 0]);
        Assert.Equal(1, matrix[2, 2].Combined, 9);
        Assert.Equal(("a", "b"), (matrix.MostSimilarPair!.A, matrix.MostSimilarPair.B));
    }

    [Fact]
    public void Renders_a_plain_text_table_with_three_decimals_and_na_without_evidence()
    {
        var matrix = SimilarityMatrix.Build([Fold("alpha", "same words here"), Fold("beta", "same words here"), Fold("empty")]);
        const string expected =
            "       alpha   beta  empty\n" +
            "alpha  1.000  1.000    n/a\n" +
            "beta   1.000  1.000    n/a\n" +
            "empty    n/a    n/a    n/a\n";
        Assert.Equal(expected, matrix.ToTable());
    }

    [Fact]
    public void With_fewer_than_two_fingerprints_there_is_no_most_similar_pair()
    {
        Assert.Null(SimilarityMatrix.Build([Fold("solo", "text")]).MostSimilarPair);
        Assert.Equal(string.Empty, SimilarityMatrix.Build([]).ToTable().Trim());
    }

    [Fact]
    public void Incomparable_fingerprints_cannot_share_a_matrix()
    {
        var other = new Fingerprint(new FingerprintKey("x", "set@2", "s"));
        var error = Assert.Throws<IncomparableFingerprintsException>(() => SimilarityMatrix.Build([Fold("a", "text"), other]));
        Assert.Contains("not comparable", error.Message);
    }

    [Fact]
    public void A_pair_shows_the_drivers_of_its_single_comparison()
    {
        var (a, b) = (Fold("a", "red fox jumps", "- the red fox"), Fold("b", "the red fox jumps", "red fox"));
        var matrix = SimilarityMatrix.Build([a, b]);
        var single = FingerprintSimilarity.Compare(a, b);
        Assert.Equal(single.Families.Select(f => f.Family), matrix[1, 0].Families.Select(f => f.Family));
        foreach (var family in matrix[1, 0].Families) Assert.Equal(single.Family(family.Family)!.Drivers, family.Drivers);
        Assert.Contains("\"red fox\" 1 vs 1 per response", matrix[0, 1].Family("lexical")!.Drivers);
    }

    [Fact]
    public void Listing_ranking_and_tabulating_pairs_leaves_their_drivers_for_later()
    {
        var (a, b) = (Fold("a", "red fox jumps"), Fold("b", "red fox jumps high"));
        var matrix = SimilarityMatrix.Build([a, b, Fold("c", "blue whale")]);
        Assert.Same(matrix[0, 1], matrix.Pairs[0]);
        Assert.Equal(["a", "a", "b"], matrix.Pairs.Select(pair => pair.A));
        Assert.Equal(("a", "b"), (matrix.MostSimilarPair!.A, matrix.MostSimilarPair.B));
        Assert.NotEmpty(matrix.ToTable());
        // Drivers are read from the fingerprints when first asked for: a phrase both sides take up only now
        // appears, which it could not if listing, ranking or tabulating had worked the drivers out.
        a.Add(TestRecords.Success("p", "brand new phrase", targetId: "a"));
        b.Add(TestRecords.Success("p", "brand new phrase", targetId: "b"));
        Assert.Contains(matrix[0, 1].Family("lexical")!.Drivers, driver => driver.StartsWith("\"brand new", StringComparison.Ordinal));
    }

    [Fact]
    public void Similarities_are_read_per_family_without_building_results()
    {
        var matrix = SimilarityMatrix.Build([Fold("a", "red fox"), Fold("b", "red fox"), Fold("empty")]);
        Assert.Equal(1, matrix.Similarity("lexical", 1, 0), 12);
        Assert.True(double.IsNaN(matrix.Similarity("lexical", 0, 2)));
        Assert.Equal(matrix.Combined(0, 1), matrix[0, 1].Combined);
        Assert.Throws<ArgumentException>(() => matrix.Similarity("colour", 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => matrix.Combined(0, 3));
    }
}
