using System.Text;
using Probes.Core.Evaluation;

namespace Probes.Cli.Output;

/// <summary>A lineage evaluation as text: the headline counts, then one line per student with its best candidates.</summary>
public static class EvalReportTable
{
    private const int ShownCandidates = 3;

    public static string Render(EvalReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.AppendLine($"strong pairs     top-1 {report.StrongTop1}/{report.StrongTotal}   top-3 {report.StrongTop3}/{report.StrongTotal}");
        text.AppendLine($"family students  top-1 {report.FamilyTop1}/{report.FamilyTotal}   top-3 {report.FamilyTop3}/{report.FamilyTotal}");
        text.AppendLine($"verdicts         correct {report.VerdictCorrect}/{report.VerdictTotal}   wrong {report.VerdictWrong}/{report.VerdictTotal}");
        text.AppendLine($"controls         given a parent {report.ControlsFlagged}/{report.ControlsTotal}");
        text.AppendLine();
        text.AppendLine($"{"student",-28} {"group",-8} {"rank",4}  {"verdict",-24} best candidates");
        foreach (var student in report.Students)
        {
            var rank = student.RankOfExpected?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";
            var verdict = student.VerdictParents.Count == 0 ? "(none)" : string.Join(", ", student.VerdictParents);
            var best = string.Join(", ", student.Ranking.Take(ShownCandidates).Select(c => $"{c.Candidate} {c.Score:F3}"));
            text.AppendLine($"{student.Student,-28} {student.Group,-8} {rank,4}  {verdict,-24} {best}");
        }
        return text.ToString().TrimEnd();
    }
}
