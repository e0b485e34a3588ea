using Probes.Core.Fingerprints.Families;
using Probes.Core.Sketches;

namespace Probes.Core.Comparison;

/// <summary>Mean and variance of the word and character lengths; no evidence without a response.</summary>
internal sealed class LengthView : IFamilyView
{
    private readonly bool _hasResponses;
    private readonly (double Mean, double Variance) _words;
    private readonly (double Mean, double Variance) _characters;

    private LengthView(LengthFeatures length)
    {
        _hasResponses = length.Words.Count > 0;
        _words = Summary(length.Words);
        _characters = Summary(length.Characters);
    }

    public static LengthView Of(LengthFeatures length) => new(length);

    /// <summary>The mean Bhattacharyya overlap of words and characters, as <see cref="LengthSimilarity.Compare"/>.</summary>
    public double SimilarityTo(IFamilyView other)
    {
        var that = (LengthView)other;
        if (!_hasResponses || !that._hasResponses) return double.NaN;
        return (LengthSimilarity.Overlap(_words.Mean, _words.Variance, that._words.Mean, that._words.Variance)
            + LengthSimilarity.Overlap(_characters.Mean, _characters.Variance, that._characters.Mean, that._characters.Variance)) / 2;
    }

    private static (double Mean, double Variance) Summary(Moments moments) => (moments.Mean, moments.Variance);
}
