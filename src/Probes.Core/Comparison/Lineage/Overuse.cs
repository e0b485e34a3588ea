namespace Probes.Core.Comparison.Lineage;

internal static class Overuse
{
    public static IOveruse For(DocumentFrequencies df, LineageOptions options) => options.Statistic switch
    {
        OveruseStatistic.LengthStratified => new StratifiedOveruse(df),
        _ => new OveruseScore(df, options.PriorWeight),
    };
}
