namespace Probes.Core.Comparison.Lineage;

/// <summary>
/// What of a response counts as its features. Words carry vocabulary habits; openings ("^sure", "^sure ,",
/// "^sure , here") carry how a model starts, which distillation copies most faithfully and which does not depend
/// on answer length; the words of the first thirty tokens give a second, length-robust view for the verdict.
/// </summary>
public enum FeatureView
{
    Words,
    Openings,
    LeadingWords,
}

internal static class FeatureViews
{
    public const int LeadingTokens = 30;
    private const int OpeningWords = 3;

    /// <summary>Calls <paramref name="feature"/> for each feature of the response in this view (duplicates allowed).</summary>
    public static void Extract(FeatureView view, string? text, Action<ReadOnlySpan<char>> feature)
    {
        var length = 0;
        var opening = view == FeatureView.Openings ? new System.Text.StringBuilder("^") : null;
        PresenceTokenizer.Tokenize(text, token =>
        {
            length++;
            switch (view)
            {
                case FeatureView.Words:
                    feature(token);
                    break;
                case FeatureView.LeadingWords when length <= LeadingTokens:
                    feature(token);
                    break;
                case FeatureView.Openings when length <= OpeningWords:
                    if (length > 1) opening!.Append(' ');
                    opening!.Append(token);
                    feature(opening.ToString());
                    break;
            }
        });
    }
}
