namespace Probes.Core.Comparison.SameModel;

/// <summary>
/// The Hamming string kernel on completions padded to L: the number of positions, out of L, at which two
/// completions hold the same symbol. Both padded past their ends agree; one padded and one not never do, because the
/// pad symbol is no character. So K(x, x) = L, and no pad symbol has to be reserved from the text's alphabet.
/// </summary>
internal static class HammingAgreement
{
    /// <summary>Agreements of <paramref name="a"/> and <paramref name="b"/>, both already cut to at most L characters.</summary>
    public static int Count(string a, string b, int length)
    {
        var shorter = Math.Min(a.Length, b.Length);
        var longer = Math.Max(a.Length, b.Length);
        var same = 0;
        for (var i = 0; i < shorter; i++)
        {
            if (a[i] == b[i]) same++;
        }
        return same + (length - longer);
    }

    /// <summary>Normalises a completion as every statistic does, then keeps its first L characters.</summary>
    public static string Window(string? completion, int length)
    {
        var text = Text.TextNormalizer.Normalize(completion);
        return text.Length <= length ? text : text[..length];
    }
}
