using System.Globalization;
using System.Text;

namespace Probes.Core.Text;

/// <summary>
/// Lower-case word tokenisation for n-gram features: runs of letters and digits (with combining marks),
/// apostrophes inside a word kept ("don't"), and each CJK ideograph or kana as its own token, since those
/// scripts do not separate words with spaces. Everything else separates. Word hashes are polynomial hashes
/// (<see cref="PolynomialHash"/>) of the folded form, finalised with <see cref="StableHash.Mix"/>, so equal words
/// hash equally in every process.
/// </summary>
public static class WordTokenizer
{
    /// <summary>
    /// Only a word's first 48 UTF-16 units are hashed: longer "words" (digests, base64, URLs run together) are
    /// noise for every feature, and a bound keeps phrase text on the stack.
    /// </summary>
    public const int MaxHashedLength = 48;

    public static WordEnumerator Tokenize(ReadOnlySpan<char> text) => new(text);

    public static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var _ in Tokenize(text)) count++;
        return count;
    }

    /// <summary>The <see cref="WordToken.Hash"/> the tokenizer gives this word (folded the same way first).</summary>
    public static ulong HashOf(ReadOnlySpan<char> word) => StableHash.Mix(TextHashOf(word));

    /// <summary>The <see cref="WordToken.TextHash"/> the tokenizer gives this word.</summary>
    public static ulong TextHashOf(ReadOnlySpan<char> word)
    {
        var hash = 0UL;
        foreach (var c in HashedPart(word)) hash = PolynomialHash.Step(hash, Fold(c));
        return hash;
    }

    /// <summary>The leading part of a word that its hashes cover: <see cref="MaxHashedLength"/> units, less a split pair.</summary>
    public static ReadOnlySpan<char> HashedPart(ReadOnlySpan<char> word)
    {
        if (word.Length <= MaxHashedLength) return word;
        return char.IsHighSurrogate(word[MaxHashedLength - 1]) ? word[..(MaxHashedLength - 1)] : word[..MaxHashedLength];
    }

    /// <summary>
    /// Writes the folded (lower-case, straight-apostrophe) form of a text; returns its length. Runs of ASCII go
    /// through the vectorised lower-casing, which maps them as <see cref="Fold(char)"/> does; other units one by one.
    /// </summary>
    public static int Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        var done = 0;
        while (done < text.Length)
        {
            Ascii.ToLower(text[done..], destination[done..], out var run);
            done += run;
            if (done < text.Length)
            {
                destination[done] = Fold(text[done]);
                done++;
            }
        }
        return text.Length;
    }

    public static string FoldToString(ReadOnlySpan<char> word) =>
        string.Create(word.Length, word, static (destination, source) => Fold(source, destination));

    // A typographic apostrophe is the same word as a straight one; typography is a format feature, not a lexical one.
    // CJK punctuation, kana, ideographs and Hangul have no case: their units fold to themselves without a lookup.
    internal static char Fold(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c | 0x20),
        < (char)0x80 => c,
        '\u2019' => '\'',
        >= '\u3000' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7FF' => c,
        _ => char.ToLowerInvariant(c),
    };

    internal static CharClass AsciiClass(char c) => (CharClass)AsciiClasses[c];

    /// <summary>Classifies the unit at <paramref name="index"/>; <paramref name="width"/> is 2 for a surrogate pair.</summary>
    internal static CharClass Classify(ReadOnlySpan<char> text, int index, out int width)
    {
        width = 1;
        var c = text[index];
        if (c < 0x80) return (CharClass)AsciiClasses[c];
        if (c == '\u2019') return CharClass.Apostrophe;
        if (IsIdeograph(c)) return CharClass.Ideograph;
        if (char.IsHighSurrogate(c))
        {
            if (index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1])) return CharClass.Separator;
            width = 2;
            var codePoint = char.ConvertToUtf32(c, text[index + 1]);
            if (codePoint is >= 0x20000 and <= 0x323AF) return CharClass.Ideograph;
            return Rune.IsLetterOrDigit(new Rune(codePoint)) ? CharClass.Word : CharClass.Separator;
        }
        if (char.IsLetterOrDigit(c)) return CharClass.Word;
        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            ? CharClass.Mark
            : CharClass.Separator;
    }

    // Kana, CJK unified ideographs (with extension A) and compatibility ideographs.
    private static bool IsIdeograph(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\u3400' and <= '\u4DBF'
            or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    // 0 separator, 1 word, 2 apostrophe: digits and ASCII letters are word characters.
    private static ReadOnlySpan<byte> AsciiClasses =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];
}

internal enum CharClass : byte
{
    Separator = 0,
    Word = 1,
    Apostrophe = 2,
    Ideograph = 3,
    Mark = 4,
}
