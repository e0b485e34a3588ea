namespace Probes.Core.Comparison.SameModel;

/// <summary>
/// Are two samples of completions from the same model? The Model Equality Testing statistic (Gao et al., ICLR 2025):
/// an unbiased MMD² with a Hamming kernel on the first L characters, computed within each prompt and pooled over
/// prompts, with a p-value from permuting the X/Y labels within each prompt. Under the null both models answer every
/// prompt from one distribution, so the labels are exchangeable within a prompt (not across prompts, whose answers
/// differ by design); p = (1 + #{permuted ≥ observed}) / (B + 1) is then a valid p-value for any B.
/// </summary>
public static class HammingMmdTest
{
    // Equal kernel sums give bit-identical statistics; distinct sums differ by far more than this.
    private const double TieTolerance = 1e-12;

    /// <summary>
    /// Runs the test on completions grouped by prompt key. Only prompts present in both samples with at least two
    /// completions on each side count: the unbiased within-sample terms need two completions.
    /// </summary>
    /// <exception cref="ArgumentException">No prompt qualifies.</exception>
    public static SameModelResult Run(IReadOnlyDictionary<string, IReadOnlyList<string>> x,
        IReadOnlyDictionary<string, IReadOnlyList<string>> y, SameModelOptions? options = null)
    {
        options ??= SameModelOptions.Default;
        options.Validate();
        var kernels = Kernels(x, y, options.Length);
        if (kernels.Length == 0)
        {
            throw new ArgumentException("No prompt has at least two completions in both samples.", nameof(y));
        }
        var counts = Sum(kernels, k => k.Counts);
        var observed = Sum(kernels, k => k.Observed).NormalisedMmd(counts, options.Length);
        var pValue = PermutationPValue(kernels, counts, observed, options);
        var different = pValue <= options.Alpha;
        var drivers = kernels
            .Select(k => (Kernel: k, Mmd: k.Observed.NormalisedMmd(k.Counts, options.Length)))
            .OrderByDescending(k => k.Mmd)
            .ThenBy(k => k.Kernel.Prompt, StringComparer.Ordinal)
            .Take(options.MaxDrivers)
            .Select(k => PromptContrasts.Describe(k.Kernel, options.Length))
            .ToArray();
        return new SameModelResult(observed, pValue, kernels.Length, kernels.Sum(k => k.N), kernels.Sum(k => k.M),
            options.Permutations, options.Alpha, different, SameModelVerdict.Word(different, pValue, options.Alpha), drivers);
    }

    /// <summary>The pooled MMD²/L alone, without a p-value (what the position tables of two fingerprints give).</summary>
    public static double Statistic(IReadOnlyDictionary<string, IReadOnlyList<string>> x,
        IReadOnlyDictionary<string, IReadOnlyList<string>> y, int length = SameModelOptions.DefaultLength)
    {
        var kernels = Kernels(x, y, length);
        return kernels.Length == 0
            ? throw new ArgumentException("No prompt has at least two completions in both samples.", nameof(y))
            : Sum(kernels, k => k.Observed).NormalisedMmd(Sum(kernels, k => k.Counts), length);
    }

    private static double PermutationPValue(PromptKernel[] kernels, PairSums counts, double observed, SameModelOptions options)
    {
        var random = new Random(options.Seed);
        var atLeastAsLarge = 0;
        for (var b = 0; b < options.Permutations; b++)
        {
            var sums = default(PairSums);
            foreach (var kernel in kernels)
            {
                sums += kernel.Permuted(random);
            }
            if (sums.NormalisedMmd(counts, options.Length) >= observed - TieTolerance)
            {
                atLeastAsLarge++;
            }
        }
        return (1.0 + atLeastAsLarge) / (options.Permutations + 1.0);
    }

    /// <summary>Kernels of the qualifying prompts, in ordinal key order so permutations are reproducible.</summary>
    private static PromptKernel[] Kernels(IReadOnlyDictionary<string, IReadOnlyList<string>> x,
        IReadOnlyDictionary<string, IReadOnlyList<string>> y, int length)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        return x.Keys
            .Where(prompt => x[prompt].Count >= 2 && y.TryGetValue(prompt, out var other) && other.Count >= 2)
            .Order(StringComparer.Ordinal)
            .Select(prompt => new PromptKernel(prompt,
                x[prompt].Select(c => HammingAgreement.Window(c, length)).ToArray(),
                y[prompt].Select(c => HammingAgreement.Window(c, length)).ToArray(),
                length))
            .ToArray();
    }

    private static PairSums Sum(PromptKernel[] kernels, Func<PromptKernel, PairSums> select)
    {
        var total = default(PairSums);
        foreach (var kernel in kernels) total += select(kernel);
        return total;
    }
}
