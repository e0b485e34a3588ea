namespace Probes.Core.Comparison.SameModel;

/// <summary>
/// Kernel sums over ordered pairs: within X (i ≠ j), across X and Y, within Y (i ≠ j). With a kernel that is 1
/// everywhere the same sums are the pair counts, n(n − 1), n·m and m(m − 1), which is how the denominators are made.
/// </summary>
internal readonly record struct PairSums(long WithinX, long Across, long WithinY)
{
    public static PairSums Counts(int n, int m) => new((long)n * (n - 1), (long)n * m, (long)m * (m - 1));

    public static PairSums operator +(PairSums a, PairSums b) =>
        new(a.WithinX + b.WithinX, a.Across + b.Across, a.WithinY + b.WithinY);

    /// <summary>
    /// Unbiased MMD² of the Hamming kernel divided by L: mean within-X agreement − 2 × mean cross agreement + mean
    /// within-Y agreement. Pooling over prompts sums numerators and denominators separately, so no prompt's pairs
    /// are ever compared with another prompt's.
    /// </summary>
    public double NormalisedMmd(PairSums counts, int length) =>
        ((double)WithinX / counts.WithinX - 2.0 * Across / counts.Across + (double)WithinY / counts.WithinY) / length;
}
