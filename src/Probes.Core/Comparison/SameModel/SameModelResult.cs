namespace Probes.Core.Comparison.SameModel;

/// <summary>
/// The outcome of the same-model test. <see cref="MmdSquared"/> is the pooled unbiased MMD² divided by L (so it
/// lies in [−2, 2] and is near 0 for one model); <see cref="Verdict"/> never claims two samples come from one model,
/// only that they are different at α or not distinguishable with the budget spent.
/// </summary>
public sealed record SameModelResult(
    double MmdSquared,
    double PValue,
    int Prompts,
    int SamplesX,
    int SamplesY,
    int Permutations,
    double Alpha,
    bool Different,
    string Verdict,
    IReadOnlyList<PromptContribution> Drivers);

/// <summary>
/// One prompt's share of the evidence: its own MMD²/L, and where its completions part ways — the positions whose
/// character distributions differ most, and the first word at which the two models' most common choices differ.
/// </summary>
public sealed record PromptContribution(
    string Prompt,
    double MmdSquared,
    int SamplesX,
    int SamplesY,
    WordContrast? FirstDifferingWord,
    IReadOnlyList<PositionContrast> Positions);

/// <summary>
/// A character position and the total-variation distance between the two character distributions there (0 for the
/// same distribution, 1 for no character in common), with each side's most common character.
/// </summary>
public sealed record PositionContrast(int Position, double Distance, string CommonX, string CommonY)
{
    /// <summary>Stands for the pad symbol: the completion had ended before this position.</summary>
    public const string EndOfText = "(end)";
}

/// <summary>The word index at which the most common word of X differs from that of Y, with both words.</summary>
public sealed record WordContrast(int WordIndex, string CommonX, string CommonY);
