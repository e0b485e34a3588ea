using System.Globalization;
using System.Text;
using System.Text.Json;
using Probes.Core.Comparison.Population;

namespace Probes.Cli.Output;

/// <summary><c>fp matrix</c>: every pair, as a table of combined similarity, as CSV, or as JSON with z-scores.</summary>
public static class MatrixReport
{
    public static string Render(PopulationScores scores, string format) => format switch
    {
        "table" => scores.Matrix.ToTable().TrimEnd(),
        "csv" => Csv(scores),
        "json" => Json(scores),
        _ => throw new CommandLine.UsageException($"unknown --format '{format}' (table, csv, json)"),
    };

    private static string Csv(PopulationScores scores)
    {
        var text = new StringBuilder("a,b,combined,combined_z");
        foreach (var family in scores.Families)
        {
            text.Append(',').Append(family).Append(',').Append(family).Append("_z");
        }
        text.AppendLine();
        foreach (var (i, j) in Pairs(scores))
        {
            text.Append(Field(scores.Targets[i])).Append(',').Append(Field(scores.Targets[j]))
                .Append(',').Append(Number(scores.Raw("combined", i, j))).Append(',').Append(Number(scores.CombinedZ(i, j)));
            foreach (var family in scores.Families)
            {
                text.Append(',').Append(Number(scores.Raw(family, i, j))).Append(',').Append(Number(scores.FamilyZ(family, i, j)));
            }
            text.AppendLine();
        }
        return text.ToString().TrimEnd();
    }

    private static string Json(PopulationScores scores) => JsonSerializer.Serialize(new
    {
        targets = scores.Targets,
        pairs = Pairs(scores).Select(p => new
        {
            a = scores.Targets[p.I],
            b = scores.Targets[p.J],
            combined = Nullable(scores.Raw("combined", p.I, p.J)),
            combinedZ = Nullable(scores.CombinedZ(p.I, p.J)),
            families = scores.Families.ToDictionary(f => f, f => new { similarity = Nullable(scores.Raw(f, p.I, p.J)), z = Nullable(scores.FamilyZ(f, p.I, p.J)) }),
        }),
    }, CliJson.Options);

    private static IEnumerable<(int I, int J)> Pairs(PopulationScores scores)
    {
        for (var i = 0; i < scores.Targets.Count; i++)
        {
            for (var j = i + 1; j < scores.Targets.Count; j++) yield return (i, j);
        }
    }

    private static double? Nullable(double value) => double.IsNaN(value) ? null : value;

    private static string Number(double value) => double.IsNaN(value) ? string.Empty : value.ToString("R", CultureInfo.InvariantCulture);

    private static string Field(string value) => value.Contains(',') || value.Contains('"') ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
