using System.Globalization;
using System.Text;
using Probes.Core.Fingerprints;

namespace Probes.Core.Comparison;

/// <summary>
/// All pairwise comparisons of a set of comparable fingerprints. Measures are symmetric, so each unordered pair
/// is compared once and <c>[i, j]</c> and <c>[j, i]</c> return the same result (A is the earlier fingerprint).
/// </summary>
public sealed class SimilarityMatrix
{
    private readonly SimilarityResult[,] _results;

    private SimilarityMatrix(IReadOnlyList<string> targets, SimilarityResult[,] results)
    {
        Targets = targets;
        _results = results;
    }

    /// <summary>Target ids, in the order the fingerprints were given: the rows and the columns.</summary>
    public IReadOnlyList<string> Targets { get; }

    public SimilarityResult this[int row, int column] => _results[row, column];

    /// <summary>Each unordered pair of distinct fingerprints once, row-major.</summary>
    public IReadOnlyList<SimilarityResult> Pairs
    {
        get
        {
            var pairs = new List<SimilarityResult>();
            for (var i = 0; i < Targets.Count; i++)
            {
                for (var j = i + 1; j < Targets.Count; j++) pairs.Add(_results[i, j]);
            }
            return pairs;
        }
    }

    /// <summary>The distinct pair with the highest combined score; null with fewer than two fingerprints.</summary>
    public SimilarityResult? MostSimilarPair
    {
        get
        {
            SimilarityResult? best = null;
            foreach (var pair in Pairs)
            {
                if (!double.IsNaN(pair.Combined) && (best is null || pair.Combined > best.Combined)) best = pair;
            }
            return best;
        }
    }

    public static SimilarityMatrix Build(IReadOnlyList<Fingerprint> fingerprints)
    {
        var count = fingerprints.Count;
        for (var i = 1; i < count; i++)
        {
            if (!fingerprints[0].Key.IsComparableWith(fingerprints[i].Key))
                throw new IncomparableFingerprintsException(fingerprints[0].Key, fingerprints[i].Key);
        }
        var results = new SimilarityResult[count, count];
        for (var i = 0; i < count; i++)
        {
            for (var j = i; j < count; j++)
            {
                results[i, j] = results[j, i] = FingerprintSimilarity.Compare(fingerprints[i], fingerprints[j]);
            }
        }
        var targets = new string[count];
        for (var i = 0; i < count; i++) targets[i] = fingerprints[i].Key.TargetId;
        return new SimilarityMatrix(targets, results);
    }

    /// <summary>Combined scores as a plain-text table, targets as rows and columns, three decimals ("n/a" without evidence).</summary>
    public string ToTable()
    {
        var width = 5;
        foreach (var target in Targets) width = Math.Max(width, target.Length);
        var table = new StringBuilder();
        table.Append(string.Empty.PadRight(width));
        foreach (var target in Targets) table.Append("  ").Append(target.PadLeft(width));
        table.Append('\n');
        for (var i = 0; i < Targets.Count; i++)
        {
            table.Append(Targets[i].PadRight(width));
            for (var j = 0; j < Targets.Count; j++)
            {
                var combined = _results[i, j].Combined;
                var cell = double.IsNaN(combined) ? "n/a" : combined.ToString("F3", CultureInfo.InvariantCulture);
                table.Append("  ").Append(cell.PadLeft(width));
            }
            table.Append('\n');
        }
        return table.ToString();
    }
}
