namespace Probes.Core.Comparison;

/// <summary>
/// One fingerprint as one family measure sees it (see <see cref="IFamilySimilarity.Prepare"/>). Immutable, so
/// any number of threads may score views against each other.
/// </summary>
public interface IFamilyView
{
    /// <summary>
    /// The similarity <see cref="IFamilySimilarity.Compare"/> reports for the two fingerprints, without drivers
    /// and without allocating; NaN where Compare returns null. <paramref name="other"/> must come from the same measure.
    /// </summary>
    double SimilarityTo(IFamilyView other);

    /// <summary>
    /// <see cref="SimilarityTo"/> of every view in <paramref name="others"/>, written to <paramref name="similarities"/>:
    /// one row of a matrix, for views that do better setting themselves up once per row than once per pair.
    /// </summary>
    void SimilaritiesTo(ReadOnlySpan<IFamilyView> others, Span<double> similarities)
    {
        for (var k = 0; k < others.Length; k++) similarities[k] = SimilarityTo(others[k]);
    }
}
