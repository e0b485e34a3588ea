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
}
