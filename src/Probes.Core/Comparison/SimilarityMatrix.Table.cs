using System.Globalization;
using System.Text;

namespace Probes.Core.Comparison;

public sealed partial class SimilarityMatrix
{
    /// <summary>Combined scores as a plain-text table, targets as rows and columns, three decimals ("n/a" without evidence).</summary>
    public string ToTable()
    {
        var width = 5;
        foreach (var target in Targets) width = Math.Max(width, target.Length);
        var table = new StringBuilder();
        table.Append(string.Empty.PadRight(width));
        foreach (var target in Targets) table.Append("  ").Append(target.PadLeft(width));
        table.Append('\n');
        for (var i = 0; i < Targets.Count; i++)
        {
            table.Append(Targets[i].PadRight(width));
            for (var j = 0; j < Targets.Count; j++)
            {
                var combined = Combined(i, j);
                var cell = double.IsNaN(combined) ? "n/a" : combined.ToString("F3", CultureInfo.InvariantCulture);
                table.Append("  ").Append(cell.PadLeft(width));
            }
            table.Append('\n');
        }
        return table.ToString();
    }
}
