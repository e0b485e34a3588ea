using System.Buffers;
using System.Text;

namespace Probes.Core.Text.Unicode;

/// <summary>
/// Unicode Normalization Form C (UAX #15): full canonical decomposition, canonical ordering of combining marks,
/// then canonical composition. Two renderings of the same text (a precomposed "é" and "e" + U+0301) must hash
/// to the same features, whatever proxy or SDK sat between the model and us.
/// </summary>
public static class CanonicalComposition
{
    public static string ToFormC(string text)
    {
        var data = NormalizationData.Instance;
        var firstUnstable = FirstUnstable(text, data);
        if (firstUnstable < 0) return text;

        // The code point before the first unstable one is a plain starter that may absorb the marks after it.
        var start = Math.Max(0, firstUnstable - 1);
        if (start > 0 && char.IsLowSurrogate(text[start]) && char.IsHighSurrogate(text[start - 1])) start--;

        var codePoints = ArrayPool<int>.Shared.Rent(text.Length * 4 + 4);
        try
        {
            var count = Decompose(text.AsSpan(start), codePoints, data);
            count = Compose(codePoints.AsSpan(0, count), data);
            var builder = new StringBuilder(text.Length);
            builder.Append(text, 0, start);
            Span<char> units = stackalloc char[2];
            for (var i = 0; i < count; i++)
            {
                builder.Append(units[..new Rune(codePoints[i]).EncodeToUtf16(units)]);
            }
            return builder.ToString();
        }
        finally
        {
            ArrayPool<int>.Shared.Return(codePoints);
        }
    }

    /// <summary>The first unit that may change, or −1; skips stable runs with a vectorised range search.</summary>
    private static int FirstUnstable(ReadOnlySpan<char> text, NormalizationData data)
    {
        var i = 0;
        while (true)
        {
            var next = text[i..].IndexOfAnyInRange(data.LowestUnstable, '\uFFFF');
            if (next < 0) return -1;
            i += next;
            if (data.MayChange(text, i, out var width)) return i;
            i += width;
        }
    }

    /// <summary>Full decomposition with combining marks stably sorted by combining class (canonical order).</summary>
    private static int Decompose(ReadOnlySpan<char> text, int[] output, NormalizationData data)
    {
        Span<int> jamo = stackalloc int[3];
        var count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var codePoint = rune.Value;
            if (HangulSyllables.IsSyllable(codePoint))
            {
                var parts = HangulSyllables.Decompose(codePoint, jamo);
                for (var i = 0; i < parts; i++) output[count++] = jamo[i];
            }
            else if (data.Decomposition(codePoint) is { } mapped)
            {
                foreach (var part in mapped) count = AppendOrdered(output, count, part, data);
            }
            else
            {
                count = AppendOrdered(output, count, codePoint, data);
            }
        }
        return count;
    }

    // Insertion keeps the sort stable and local: a mark moves left only past marks of a higher class.
    private static int AppendOrdered(int[] output, int count, int codePoint, NormalizationData data)
    {
        var combiningClass = data.CombiningClass(codePoint);
        var position = count;
        if (combiningClass != 0)
        {
            while (position > 0 && data.CombiningClass(output[position - 1]) > combiningClass)
            {
                output[position] = output[position - 1];
                position--;
            }
        }
        output[position] = codePoint;
        return count + 1;
    }

    /// <summary>Composes in place; a mark is blocked from the last starter by an intervening mark of equal or higher class.</summary>
    private static int Compose(Span<int> codePoints, NormalizationData data)
    {
        var starter = -1;
        var lastClass = 0;
        var written = 0;
        foreach (var codePoint in codePoints)
        {
            var combiningClass = data.CombiningClass(codePoint);
            if (starter >= 0)
            {
                var adjacent = written - 1 == starter;
                var blocked = !adjacent && (lastClass == 0 || lastClass >= combiningClass);
                if (!blocked && TryCompose(codePoints[starter], codePoint, data, out var composite))
                {
                    codePoints[starter] = composite;
                    continue;
                }
            }
            if (combiningClass == 0) starter = written;
            lastClass = combiningClass;
            codePoints[written++] = codePoint;
        }
        return written;
    }

    private static bool TryCompose(int first, int second, NormalizationData data, out int composite) =>
        HangulSyllables.TryCompose(first, second, out composite) || data.TryCompose(first, second, out composite);
}
