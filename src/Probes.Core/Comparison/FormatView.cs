using Probes.Core.Fingerprints.Families;

namespace Probes.Core.Comparison;

/// <summary>The share of responses showing each format marker, in <see cref="FormatDetector.All"/> order; no rates without responses.</summary>
internal sealed class FormatView : IFamilyView
{
    private readonly double[]? _rates;

    private FormatView(double[]? rates) => _rates = rates;

    public static FormatView Of(FormatFeatures format) =>
        new(format.Responses == 0 ? null : FormatDetector.All.Select(format.RateOf).ToArray());

    /// <summary>1 − the mean absolute difference of the rates, as <see cref="FormatSimilarity.Compare"/>.</summary>
    public double SimilarityTo(IFamilyView other)
    {
        var (rates, otherRates) = (_rates, ((FormatView)other)._rates);
        if (rates is null || otherRates is null) return double.NaN;
        var totalDifference = 0.0;
        for (var i = 0; i < rates.Length; i++) totalDifference += Math.Abs(rates[i] - otherRates[i]);
        return 1 - totalDifference / rates.Length;
    }
}
