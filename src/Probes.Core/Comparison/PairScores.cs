using Probes.Core.Fingerprints;

namespace Probes.Core.Comparison;

/// <summary>
/// Every family's similarity and the combined score of every unordered pair (the diagonal included), without
/// drivers. Each measure prepares one view per fingerprint; the views then score whole rows, rows in parallel.
/// Every cell is computed by one thread from the same inputs in the same order, so the result does not depend on
/// scheduling. Cells are packed as the upper triangle, row by row, so a row's cells are contiguous.
/// </summary>
internal sealed class PairScores
{
    private readonly int _count;
    private readonly double[][] _families;
    private readonly double[] _combined;

    private PairScores(int count, double[][] families, double[] combined) =>
        (_count, _families, _combined) = (count, families, combined);

    public static PairScores Of(IReadOnlyList<Fingerprint> fingerprints)
    {
        var (count, measures) = (fingerprints.Count, FingerprintSimilarity.Measures);
        var views = new IFamilyView[measures.Count][];
        for (var m = 0; m < measures.Count; m++) views[m] = new IFamilyView[count];
        Parallel.For(0, count, i =>
        {
            for (var m = 0; m < measures.Count; m++) views[m][i] = measures[m].Measure.Prepare(fingerprints[i]);
        });
        var cells = count * (count + 1) / 2;
        var families = new double[measures.Count][];
        for (var m = 0; m < measures.Count; m++) families[m] = new double[cells];
        var scores = new PairScores(count, families, new double[cells]);
        // Row i holds count − i cells; pairing row k with row count − 1 − k gives every work item the same size.
        Parallel.For(0, (count + 1) / 2, k =>
        {
            scores.ScoreRow(k, views);
            if (count - 1 - k != k) scores.ScoreRow(count - 1 - k, views);
        });
        return scores;
    }

    public int CellCount => _combined.Length;

    /// <summary>A measure's similarity (in <see cref="FingerprintSimilarity.Measures"/> order); NaN without evidence.</summary>
    public double Family(int measure, int row, int column) => _families[measure][Cell(row, column)];

    public double Combined(int row, int column) => _combined[Cell(row, column)];

    /// <summary>Whether the measure had evidence for at least one pair of distinct fingerprints.</summary>
    public bool HasEvidence(int measure)
    {
        for (var i = 0; i < _count; i++)
        {
            for (var j = i + 1; j < _count; j++)
            {
                if (!double.IsNaN(Family(measure, i, j))) return true;
            }
        }
        return false;
    }

    // Each measure scores the whole row at once; the combined score follows as in FingerprintSimilarity.Compare.
    private void ScoreRow(int row, IFamilyView[][] views)
    {
        var (measures, first, length) = (FingerprintSimilarity.Measures, Cell(row, row), _count - row);
        for (var m = 0; m < measures.Count; m++)
        {
            views[m][row].SimilaritiesTo(views[m].AsSpan(row), _families[m].AsSpan(first, length));
        }
        for (var cell = first; cell < first + length; cell++)
        {
            var combined = new WeightedMean();
            for (var m = 0; m < measures.Count; m++)
            {
                if (!double.IsNaN(_families[m][cell])) combined.Add(measures[m].Weight, _families[m][cell]);
            }
            _combined[cell] = combined.Value;
        }
    }

    /// <summary>Where the pair's scores sit: the same cell for (row, column) and (column, row).</summary>
    public int Cell(int row, int column)
    {
        var (i, j) = row <= column ? (row, column) : (column, row);
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(j, _count);
        return i * _count - i * (i - 1) / 2 + (j - i);
    }
}
