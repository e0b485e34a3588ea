namespace Probes.Core.Comparison.SameModel;

/// <summary>
/// The budget and decision rule of the same-model test. The defaults follow Model Equality Testing (Gao et al.):
/// the first 128 characters of each completion, about a thousand label permutations, α = 0.05.
/// </summary>
public sealed record SameModelOptions
{
    public const int DefaultLength = 128;

    public static SameModelOptions Default { get; } = new();

    /// <summary>The false-positive rate accepted for "different": p ≤ α rejects sameness.</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>
    /// Label permutations behind the p-value. The smallest p-value reachable is 1 / (B + 1), so B must be
    /// at least 1/α − 1 for the test to be able to say "different" at all.
    /// </summary>
    public int Permutations { get; init; } = 1000;

    /// <summary>Seeds the permutations, so the same responses always give the same p-value.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Characters compared per completion (L); shorter completions are padded, longer ones cut.</summary>
    public int Length { get; init; } = DefaultLength;

    /// <summary>How many prompts are reported as driving the verdict.</summary>
    public int MaxDrivers { get; init; } = 5;

    internal void Validate()
    {
        if (!(Alpha > 0 && Alpha < 1)) throw new ArgumentOutOfRangeException(nameof(Alpha), Alpha, "α must lie strictly between 0 and 1.");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Permutations);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Length);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxDrivers);
    }
}
