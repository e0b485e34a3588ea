namespace Probes.Core.Text;

/// <summary>
/// Finds the dominant <see cref="Script"/> of a text from its words: each word votes with its length for the
/// script of its first character, so the cost is per word, not per character, and punctuation, digits and
/// symbols never vote. Ties go to the script listed first in <see cref="Script"/>.
/// </summary>
public static class ScriptDetector
{
    public static Script Dominant(ReadOnlySpan<char> text)
    {
        Span<int> votes = stackalloc int[ScriptCount];
        votes.Clear();
        foreach (var word in WordTokenizer.Tokenize(text)) votes[(int)Of(text, word.Start)] += word.Length;
        return Winner(votes);
    }

    public static Script Dominant(ReadOnlySpan<char> text, ReadOnlySpan<WordToken> words)
    {
        Span<int> votes = stackalloc int[ScriptCount];
        votes.Clear();
        // Most words open with an ASCII unit: decided here, without the call, and their Latin votes summed in a
        // register, so that successive words do not each wait for the previous one's vote to reach memory.
        var latin = 0;
        foreach (var word in words)
        {
            var first = text[word.Start];
            if (first < 0x80)
            {
                latin += char.IsAsciiLetter(first) ? word.Length : 0;
                continue;
            }
            votes[(int)Of(text, word.Start)] += word.Length;
        }
        votes[(int)Script.Latin] += latin;
        return Winner(votes);
    }

    /// <summary>The script of the character (or surrogate pair) at <paramref name="index"/>.</summary>
    public static Script Of(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        if (c < 0x80) return char.IsAsciiLetter(c) ? Script.Latin : Script.None;
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            var codePoint = char.ConvertToUtf32(c, text[index + 1]);
            return codePoint is >= 0x20000 and <= 0x323AF ? Script.Cjk : Script.Other;
        }
        return c switch
        {
            >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF' => c is '\u00D7' or '\u00F7' ? Script.None : Script.Latin,
            >= '\u0400' and <= '\u052F' => Script.Cyrillic,
            >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF'
                or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => Script.Arabic,
            >= '\u1100' and <= '\u11FF' or >= '\u3040' and <= '\u318F' or >= '\u3400' and <= '\u4DBF'
                or >= '\u4E00' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF' => Script.Cjk,
            _ => char.IsLetter(c) ? Script.Other : Script.None,
        };
    }

    private const int ScriptCount = (int)Script.Other + 1;

    private static Script Winner(ReadOnlySpan<int> votes)
    {
        var (best, most) = (Script.None, 0);
        for (var script = Script.Latin; script <= Script.Other; script++)
        {
            if (votes[(int)script] > most) (best, most) = (script, votes[(int)script]);
        }
        return best;
    }
}
