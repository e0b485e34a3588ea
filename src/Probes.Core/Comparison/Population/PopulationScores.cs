namespace Probes.Core.Comparison.Population;

/// <summary>
/// Similarities turned into z-scores against the population of stored fingerprints. A raw similarity says little
/// on its own: some models ("hubs") resemble everything, some families of scores run high for every pair. So each
/// score of pair (i, j) is standardised against i's similarities to everyone else and against j's, leaving the pair
/// itself out of both baselines (a true match must not raise its own bar), and the two are averaged.
/// </summary>
public sealed class PopulationScores
{
    /// <summary>Below this many other fingerprints a baseline has no spread worth the name.</summary>
    public const int MinimumPopulation = 4;

    private const string Combined = "combined";
    private readonly SimilarityMatrix _matrix;
    private readonly Dictionary<string, Baseline[]> _baselines = new(StringComparer.Ordinal);

    private PopulationScores(SimilarityMatrix matrix, IReadOnlyList<string> families)
    {
        _matrix = matrix;
        Families = families;
        foreach (var family in families.Append(Combined))
        {
            _baselines[family] = Baseline.ForEveryTarget(matrix, (i, j) => Raw(family, i, j));
        }
    }

    public IReadOnlyList<string> Targets => _matrix.Targets;

    /// <summary>The feature families scored, in the order of <see cref="FingerprintSimilarity.Measures"/>.</summary>
    public IReadOnlyList<string> Families { get; }

    public bool HasBaseline => Targets.Count >= MinimumPopulation;

    public SimilarityMatrix Matrix => _matrix;

    public static PopulationScores From(SimilarityMatrix matrix) => new(matrix, matrix.Families);

    public int IndexOf(string target)
    {
        for (var i = 0; i < Targets.Count; i++)
        {
            if (Targets[i] == target) return i;
        }
        throw new KeyNotFoundException($"'{target}' is not in the population ({string.Join(", ", Targets)})");
    }

    /// <summary>The hub-corrected z-score of the combined similarity; NaN when the population is too small.</summary>
    public double CombinedZ(int i, int j) => Z(Combined, i, j);

    /// <summary>The hub-corrected z-score of one family's similarity; NaN without evidence or baseline.</summary>
    public double FamilyZ(string family, int i, int j) => Z(family, i, j);

    /// <summary>The similarity itself, read from the matrix's scores without building the pair's drivers.</summary>
    public double Raw(string family, int i, int j) =>
        family == Combined ? _matrix.Combined(i, j) : _matrix.Similarity(family, i, j);

    private double Z(string family, int i, int j)
    {
        if (!HasBaseline || i == j) return double.NaN;
        var value = Raw(family, i, j);
        var baselines = _baselines[family];
        return (baselines[i].ZWithout(value) + baselines[j].ZWithout(value)) / 2;
    }
}
