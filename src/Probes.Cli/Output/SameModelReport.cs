using System.Globalization;
using System.Text;
using Probes.Core.Comparison.SameModel;

namespace Probes.Cli.Output;

/// <summary>The same-model verdict as text: the verdict first, then the evidence, the budget, and the prompts behind it.</summary>
public static class SameModelReport
{
    public static string Render(SameModelComparison comparison)
    {
        var (a, b, result) = (comparison.A, comparison.B, comparison.Result);
        var text = new StringBuilder();
        text.AppendLine(Invariant($"{a.Target} ({a.Campaign}) vs {b.Target} ({b.Campaign}): {result.Verdict}"));
        text.AppendLine(Invariant($"  p = {result.PValue:0.####} from {result.Permutations} permutations; pooled MMD²/L = {result.MmdSquared:0.#####}"));
        text.AppendLine(Invariant($"  budget: {result.Prompts} prompts, {result.SamplesX} vs {result.SamplesY} completions, first {SameModelOptions.DefaultLength} characters each"));
        if (comparison.ChangedPrompts.Count > 0)
        {
            text.AppendLine($"  left out (prompt text differs between the campaigns): {string.Join(", ", comparison.ChangedPrompts)}");
        }
        if (result.Drivers.Count > 0)
        {
            text.AppendLine("  prompts that differ most:");
        }
        foreach (var driver in result.Drivers)
        {
            text.AppendLine(Invariant($"    {driver.Prompt,-28} MMD²/L {driver.MmdSquared,8:0.####}  {Describe(driver)}"));
        }
        return text.ToString().TrimEnd();
    }

    private static string Describe(PromptContribution driver)
    {
        var parts = new List<string>();
        if (driver.FirstDifferingWord is { } word)
        {
            parts.Add(Invariant($"word {word.WordIndex + 1}: \"{word.CommonX}\" vs \"{word.CommonY}\""));
        }
        if (driver.Positions.Count > 0)
        {
            parts.Add("chars " + string.Join(", ", driver.Positions.Select(p =>
                Invariant($"@{p.Position} {Quote(p.CommonX)} vs {Quote(p.CommonY)} ({p.Distance:0.##})"))));
        }
        return parts.Count > 0 ? string.Join("; ", parts) : "no visible difference";
    }

    private static string Quote(string symbol) => symbol switch
    {
        PositionContrast.EndOfText => symbol,
        "\n" => "'\\n'",
        _ => $"'{symbol}'",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What <c>probes fp same</c> compared, where the completions came from, and the test's result.</summary>
public sealed record SameModelComparison(SampleSource A, SampleSource B, IReadOnlyList<string> ChangedPrompts, SameModelResult Result);

/// <summary>A target's completions as read from one campaign.</summary>
public sealed record SampleSource(string Target, string Campaign, int Failed);
