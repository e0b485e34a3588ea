using System.Globalization;

namespace Probes.Core.Comparison.SameModel;

/// <summary>
/// The only two things the test can honestly say. Failing to reject is not evidence of sameness: a larger budget
/// (more prompts, more samples) may still separate the two, so the wording names the budget, never "identical".
/// </summary>
public static class SameModelVerdict
{
    public static string Word(bool different, double pValue, double alpha) => different
        ? string.Create(CultureInfo.InvariantCulture, $"different at α = {alpha:0.####}")
        : string.Create(CultureInfo.InvariantCulture, $"not distinguishable with this budget (p = {pValue:0.####})");
}
