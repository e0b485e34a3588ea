using Probes.Core.Sketches;

namespace Probes.Core.Comparison;

/// <summary>
/// The damped n-gram vector divided by its norm, as parallel arrays of ascending buckets and weights: the cosine
/// of two views is then a plain dot product over the buckets both use. One pair meets in a merge of the two lists;
/// a matrix row spreads its own view into a dense scratch vector once and reads each other view's buckets from it,
/// which avoids the merge's unpredictable branches. Both add the same products in ascending bucket order (buckets
/// only one side uses add zero), so they agree to the last bit.
/// </summary>
internal sealed class LexicalView : IFamilyView
{
    [ThreadStatic]
    private static double[]? t_scratch;

    private readonly int _dimension;
    private readonly int[] _buckets;
    private readonly double[] _weights;

    private LexicalView(int dimension, int[] buckets, double[] weights) => (_dimension, _buckets, _weights) = (dimension, buckets, weights);

    public static LexicalView Of(HashedVector ngrams)
    {
        var buckets = new int[ngrams.NonZeroCount];
        var values = new long[buckets.Length];
        var (count, squaredNorm) = (0, 0.0);
        foreach (var (bucket, value) in ngrams.NonZero)
        {
            (buckets[count], values[count++]) = (bucket, value);
            squaredNorm += Math.Abs(value);
        }
        Array.Sort(buckets, values);
        // The squared norm of the damped vector is the sum of absolute counts.
        var norm = Math.Sqrt(squaredNorm);
        var weights = new double[count];
        for (var i = 0; i < count; i++) weights[i] = LexicalSimilarity.Damp(values[i]) / norm;
        return new LexicalView(ngrams.Dimension, buckets, weights);
    }

    public double SimilarityTo(IFamilyView other)
    {
        var that = (LexicalView)other;
        if (_buckets.Length == 0 || that._buckets.Length == 0) return double.NaN;
        var (i, j, dot) = (0, 0, 0.0);
        while (i < _buckets.Length && j < that._buckets.Length)
        {
            var (a, b) = (_buckets[i], that._buckets[j]);
            if (a == b) dot += _weights[i] * that._weights[j];
            if (a <= b) i++;
            if (b <= a) j++;
        }
        return Math.Clamp(dot, 0, 1);
    }

    public void SimilaritiesTo(ReadOnlySpan<IFamilyView> others, Span<double> similarities)
    {
        if (t_scratch is null || t_scratch.Length < _dimension) t_scratch = new double[_dimension];
        var dense = t_scratch;
        for (var i = 0; i < _buckets.Length; i++) dense[_buckets[i]] = _weights[i];
        try
        {
            for (var k = 0; k < others.Length; k++)
            {
                var that = (LexicalView)others[k];
                similarities[k] = _buckets.Length == 0 || that._buckets.Length == 0 ? double.NaN : Math.Clamp(Gather(dense, that), 0, 1);
            }
        }
        finally
        {
            foreach (var bucket in _buckets) dense[bucket] = 0;
        }
    }

    private static double Gather(double[] dense, LexicalView that)
    {
        ReadOnlySpan<int> buckets = that._buckets;
        ReadOnlySpan<double> weights = that._weights;
        var dot = 0.0;
        for (var j = 0; j < buckets.Length; j++) dot += dense[buckets[j]] * weights[j];
        return dot;
    }
}
