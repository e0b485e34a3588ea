using System.Globalization;
using System.Text;
using Probes.Core.Comparison.Lineage;

namespace Probes.Cli.Output;

/// <summary><c>fp lineage</c> as text: the verdict, the ranked candidates with what drives them, identity claims apart.</summary>
public static class LineageReport
{
    public static string Render(LineageVerdict verdict, int population, IReadOnlyDictionary<string, long> identity, long identityResponses, int show = 10)
    {
        var text = new StringBuilder();
        text.AppendLine($"{verdict.Student}: {verdict.Verdict}");
        text.AppendLine($"  parents named: {(verdict.Parents.Count == 0 ? "none" : string.Join(", ", verdict.Parents))}  (population {population} targets, α = {verdict.Alpha})");
        var rank = 1;
        foreach (var candidate in verdict.Ranking.Take(show))
        {
            var p = candidate.PValue is { } value ? $"adjusted p {PValueText(value)}" : "best";
            var closest = candidate.ClosestCandidate is { } other ? $"  (itself closest to {other})" : "";
            text.AppendLine($"  {rank++,2}. {candidate.Candidate,-28} score {candidate.Score,6:F2}  {p}{closest}");
            if (rank <= 4)
            {
                text.AppendLine($"      driven by: {string.Join(", ", candidate.Drivers.Take(6))}");
            }
        }
        // Shown apart and never scored: a system prompt or a fine-tune can make any model claim to be another.
        text.Append("  identity claims (weak signal, not part of the test): ");
        text.AppendLine(identity.Count == 0
            ? "none"
            : string.Join(", ", identity.Select(i => $"{i.Key} in {i.Value}/{identityResponses} responses")));
        return text.ToString().TrimEnd();
    }

    /// <summary>
    /// The p-values come from a normal approximation to the spread of a few hundred bootstrap replicates at most. Far
    /// in the tail that is extrapolation, so a value such as 1E-47 or 0 would claim a precision the test does not have;
    /// below 10⁻⁴ the report states the bound. The JSON output keeps the computed value.
    /// </summary>
    private static string PValueText(double p) => p < 1e-4 ? "< 0.0001" : p.ToString("G3", CultureInfo.InvariantCulture);
}
