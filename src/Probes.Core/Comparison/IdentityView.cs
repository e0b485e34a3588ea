using Probes.Core.Fingerprints.Families;

namespace Probes.Core.Comparison;

/// <summary>The per-vendor mention rates in <see cref="IdentityLexicon.Vendors"/> order, and their squared norm.</summary>
internal sealed class IdentityView : IFamilyView
{
    private readonly double[] _rates;
    private readonly double _squaredNorm;

    private IdentityView(double[] rates)
    {
        _rates = rates;
        foreach (var rate in rates) _squaredNorm += rate * rate;
    }

    public static IdentityView Of(IdentityFeatures identity) =>
        new(IdentityLexicon.Vendors.Select(vendor => IdentityOverlap.Rate(identity, vendor)).ToArray());

    /// <summary>The clamped cosine of the rates, as <see cref="IdentityOverlap.Compare"/>: NaN when neither names a vendor.</summary>
    public double SimilarityTo(IFamilyView other)
    {
        var that = (IdentityView)other;
        if (_squaredNorm == 0 && that._squaredNorm == 0) return double.NaN;
        if (_squaredNorm == 0 || that._squaredNorm == 0) return 0;
        var dot = 0.0;
        for (var i = 0; i < _rates.Length; i++) dot += _rates[i] * that._rates[i];
        return Math.Clamp(dot / Math.Sqrt(_squaredNorm * that._squaredNorm), 0, 1);
    }
}
