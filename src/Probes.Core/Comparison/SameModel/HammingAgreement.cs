using System.Numerics;
using System.Runtime.InteropServices;

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
        return Equal(MemoryMarshal.Cast<char, ushort>(a.AsSpan(0, shorter)), MemoryMarshal.Cast<char, ushort>(b.AsSpan(0, shorter)))
            + (length - longer);
    }

    /// <summary>Counts equal positions a vector at a time: every entry of every prompt's kernel matrix comes from here.</summary>
    private static int Equal(ReadOnlySpan<ushort> a, ReadOnlySpan<ushort> b)
    {
        var same = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i + Vector<ushort>.Count <= a.Length; i += Vector<ushort>.Count)
            {
                // Equal lanes are all ones; masking each to 1 and summing counts them.
                same += Vector.Sum(Vector.Equals(new Vector<ushort>(a[i..]), new Vector<ushort>(b[i..])) & Vector<ushort>.One);
            }
        }
        for (; i < a.Length; i++)
        {
            if (a[i] == b[i]) same++;
        }
        return same;
    }

    /// <summary>Normalises a completion as every statistic does, then keeps its first L characters.</summary>
    public static string Window(string? completion, int length)
    {
        var text = Text.TextNormalizer.Normalize(completion);
        return text.Length <= length ? text : text[..length];
    }
}
