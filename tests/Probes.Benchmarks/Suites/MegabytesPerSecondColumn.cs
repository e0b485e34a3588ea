using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Probes.Benchmarks.Suites;

/// <summary>
/// Throughput beside the mean: the bytes one operation processes divided by its mean time, in MB/s (10^6 bytes).
/// The benchmarks run on one thread, so this is the rate of one core.
/// </summary>
public sealed class MegabytesPerSecondColumn(long bytesPerOperation) : IColumn
{
    public string Id => nameof(MegabytesPerSecondColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => 10;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"UTF-8 MB of response text per second on one core ({bytesPerOperation:N0} bytes per operation)";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return meanNanoseconds is > 0
            ? (bytesPerOperation / (meanNanoseconds.Value / 1e9) / 1e6).ToString("F1", CultureInfo.InvariantCulture)
            : "n/a";
    }
}
