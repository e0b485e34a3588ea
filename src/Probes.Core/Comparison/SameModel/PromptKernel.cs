namespace Probes.Core.Comparison.SameModel;

/// <summary>
/// One prompt's pooled sample: the n completions of X then the m of Y, with the Hamming kernel of every pair computed
/// once. A permutation only relabels which n of the n + m completions count as X, so re-summing the matrix is all a
/// permutation costs.
/// </summary>
internal sealed class PromptKernel
{
    private readonly int[] _kernel;
    private readonly long[] _rowSums;
    private readonly long _total;
    private readonly int[] _order;

    public PromptKernel(string prompt, IReadOnlyList<string> x, IReadOnlyList<string> y, int length)
    {
        Prompt = prompt;
        N = x.Count;
        M = y.Count;
        Windows = [.. x, .. y];
        var size = Windows.Length;
        _kernel = new int[size * size];
        _rowSums = new long[size];
        for (var i = 0; i < size; i++)
        {
            for (var j = i + 1; j < size; j++)
            {
                var agreement = HammingAgreement.Count(Windows[i], Windows[j], length);
                _kernel[i * size + j] = agreement;
                _kernel[j * size + i] = agreement;
                _rowSums[i] += agreement;
                _rowSums[j] += agreement;
            }
            _total += _rowSums[i];
        }
        _order = Enumerable.Range(0, size).ToArray();
        Counts = PairSums.Counts(N, M);
        Observed = SumsFor(_order.AsSpan(0, N));
    }

    public string Prompt { get; }

    public int N { get; }

    public int M { get; }

    /// <summary>The compared windows: X's first, then Y's.</summary>
    public string[] Windows { get; }

    public PairSums Counts { get; }

    public PairSums Observed { get; }

    /// <summary>
    /// Draws a fresh uniformly random set of n labels "X" among the pooled completions (a partial Fisher–Yates
    /// shuffle, which gives a uniform subset whatever order it starts from) and returns the kernel sums under it.
    /// </summary>
    public PairSums Permuted(Random random)
    {
        var size = _order.Length;
        for (var i = 0; i < N; i++)
        {
            var j = random.Next(i, size);
            (_order[i], _order[j]) = (_order[j], _order[i]);
        }
        return SumsFor(_order.AsSpan(0, N));
    }

    /// <summary>
    /// Only the within-X sum needs the matrix: each X row's full sum splits into its within-X and cross parts, and
    /// the matrix total splits into within-X, twice the cross part, and within-Y.
    /// </summary>
    private PairSums SumsFor(ReadOnlySpan<int> xMembers)
    {
        var size = _order.Length;
        long withinX = 0;
        long rows = 0;
        foreach (var i in xMembers)
        {
            rows += _rowSums[i];
            var row = i * size;
            foreach (var j in xMembers)
            {
                withinX += _kernel[row + j];
            }
        }
        var across = rows - withinX;
        return new PairSums(withinX, across, _total - withinX - 2 * across);
    }
}
