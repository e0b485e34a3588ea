using Probes.Core.Fingerprints;

namespace Probes.Core.Comparison;

/// <summary>
/// All pairwise comparisons of a set of comparable fingerprints. Measures are symmetric, so each unordered pair
/// is scored once and <c>[i, j]</c> and <c>[j, i]</c> return the same result (A is the earlier fingerprint).
/// Building scores every pair without drivers; a pair's drivers are worked out from the fingerprints the first
/// time they are read, so the matrix keeps the fingerprints, which must not change afterwards.
/// </summary>
public sealed partial class SimilarityMatrix
{
    private readonly IReadOnlyList<Fingerprint> _fingerprints;
    private readonly PairScores _scores;
    private readonly Dictionary<string, int> _measureByFamily = new(StringComparer.Ordinal);
    private SimilarityResult?[]? _results;

    private SimilarityMatrix(IReadOnlyList<Fingerprint> fingerprints, PairScores scores)
    {
        _fingerprints = fingerprints;
        _scores = scores;
        Targets = fingerprints.Select(fingerprint => fingerprint.Key.TargetId).ToArray();
        var measures = FingerprintSimilarity.Measures;
        for (var m = 0; m < measures.Count; m++) _measureByFamily[measures[m].Measure.Family] = m;
        Families = Enumerable.Range(0, measures.Count).Where(scores.HasEvidence).Select(m => measures[m].Measure.Family).ToArray();
    }

    /// <summary>Target ids, in the order the fingerprints were given: the rows and the columns.</summary>
    public IReadOnlyList<string> Targets { get; }

    /// <summary>
    /// The families with evidence for at least one pair of distinct fingerprints, in
    /// <see cref="FingerprintSimilarity.Measures"/> order.
    /// </summary>
    public IReadOnlyList<string> Families { get; }

    /// <summary>The full comparison of a pair, built on first use; its drivers are worked out when first read.</summary>
    public SimilarityResult this[int row, int column]
    {
        get
        {
            var cell = _scores.Cell(row, column);
            var results = LazyInitializer.EnsureInitialized(ref _results, () => new SimilarityResult?[_scores.CellCount]);
            if (results[cell] is { } built) return built;
            // Readers racing for the same pair all get the first result stored, so [i, j] stays one object.
            var result = Result(Math.Min(row, column), Math.Max(row, column));
            return Interlocked.CompareExchange(ref results[cell], result, null) ?? result;
        }
    }

    /// <summary>One family's similarity of a pair, without drivers; NaN without evidence on both sides.</summary>
    public double Similarity(string family, int row, int column) =>
        _measureByFamily.TryGetValue(family, out var measure)
            ? _scores.Family(measure, row, column)
            : throw new ArgumentException($"'{family}' is not a family of the similarity measures.", nameof(family));

    /// <summary>The combined score of a pair, without drivers; NaN if no family had evidence.</summary>
    public double Combined(int row, int column) => _scores.Combined(row, column);

    /// <summary>Each unordered pair of distinct fingerprints once, row-major; a result is built when it is read.</summary>
    public IReadOnlyList<SimilarityResult> Pairs => new MatrixPairs(this);

    /// <summary>The distinct pair with the highest combined score; null with fewer than two fingerprints.</summary>
    public SimilarityResult? MostSimilarPair
    {
        get
        {
            (int Row, int Column)? best = null;
            for (var i = 0; i < Targets.Count; i++)
            {
                for (var j = i + 1; j < Targets.Count; j++)
                {
                    var combined = Combined(i, j);
                    if (!double.IsNaN(combined) && (best is not { } b || combined > Combined(b.Row, b.Column))) best = (i, j);
                }
            }
            return best is { } pair ? this[pair.Row, pair.Column] : null;
        }
    }

    public static SimilarityMatrix Build(IReadOnlyList<Fingerprint> fingerprints)
    {
        for (var i = 1; i < fingerprints.Count; i++)
        {
            if (!fingerprints[0].Key.IsComparableWith(fingerprints[i].Key))
                throw new IncomparableFingerprintsException(fingerprints[0].Key, fingerprints[i].Key);
        }
        var kept = fingerprints.ToArray();
        return new SimilarityMatrix(kept, PairScores.Of(kept));
    }

    // The scores come from the matrix; each family's drivers from its own Compare, only when they are read.
    private SimilarityResult Result(int i, int j)
    {
        var (a, b) = (_fingerprints[i], _fingerprints[j]);
        var families = new List<FamilyScore>();
        var measures = FingerprintSimilarity.Measures;
        for (var m = 0; m < measures.Count; m++)
        {
            var similarity = _scores.Family(m, i, j);
            if (double.IsNaN(similarity)) continue;
            var measure = measures[m].Measure;
            families.Add(new FamilyScore(measure.Family, similarity, new DeferredDrivers(() => measure.Compare(a, b)?.Drivers ?? [])));
        }
        return new SimilarityResult(a.Key.TargetId, b.Key.TargetId, Combined(i, j), families);
    }
}
