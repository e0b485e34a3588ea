using System.Buffers;

namespace Probes.Core.Fingerprints.Families;

/// <summary>Finds which <see cref="FormatMarkers"/> a normalised response uses (Markdown by line starts, the rest anywhere).</summary>
public static class FormatDetector
{
    public static IReadOnlyList<FormatMarkers> All { get; } =
    [
        FormatMarkers.Headers, FormatMarkers.Bullets, FormatMarkers.NumberedLists, FormatMarkers.Bold,
        FormatMarkers.CodeFences, FormatMarkers.Emoji, FormatMarkers.EmDashes, FormatMarkers.Latex,
    ];

    // Display and inline math delimiters and the commands models reach for most (\boxed is a math-tuned habit),
    // searched for all at once.
    private static readonly SearchValues<string> LatexSignals = SearchValues.Create(
        ["$$", "\\(", "\\[", "\\frac", "\\begin{", "\\boxed", "\\sqrt", "\\times", "\\cdot"], StringComparison.Ordinal);

    public static FormatMarkers Detect(ReadOnlySpan<char> text)
    {
        var found = FormatMarkers.None;
        foreach (var rawLine in text.EnumerateLines()) found |= LineMarkers(rawLine.TrimStart(' '));
        var bold = text.IndexOf("**", StringComparison.Ordinal);
        if (bold >= 0 && text[(bold + 2)..].IndexOf("**", StringComparison.Ordinal) > 0) found |= FormatMarkers.Bold;
        if (text.Contains('\u2014')) found |= FormatMarkers.EmDashes;
        if (HasEmoji(text)) found |= FormatMarkers.Emoji;
        if (HasLatex(text)) found |= FormatMarkers.Latex;
        return found;
    }

    // Every signal opens with '$' or '\\': a search for those two units (packed, a whole vector of text per step)
    // settles most replies, which have neither, before the multi-string search.
    private static bool HasLatex(ReadOnlySpan<char> text)
    {
        var first = text.IndexOfAny('$', '\\');
        return first >= 0 && text[first..].IndexOfAny(LatexSignals) >= 0;
    }

    private static FormatMarkers LineMarkers(ReadOnlySpan<char> line)
    {
        if (line.StartsWith("```") || line.StartsWith("~~~")) return FormatMarkers.CodeFences;
        if (line.StartsWith("- ") || line.StartsWith("* ") || line.StartsWith("+ ") || line.StartsWith("\u2022 ")) return FormatMarkers.Bullets;
        var hashes = 0;
        while (hashes < line.Length && line[hashes] == '#') hashes++;
        if (hashes is >= 1 and <= 6 && hashes < line.Length && line[hashes] == ' ') return FormatMarkers.Headers;
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits])) digits++;
        if (digits is >= 1 and <= 3 && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] == ' ')
            return FormatMarkers.NumberedLists;
        return FormatMarkers.None;
    }

    // Pictographs, emoticons, transport and supplemental symbols, flags, and the misc-symbol/dingbat blocks (✅ ✨ ☀).
    private static bool HasEmoji(ReadOnlySpan<char> text)
    {
        // Every emoji lies at or above U+2600 (pictographs as surrogate pairs): most text is skipped by one vector search.
        var first = text.IndexOfAnyInRange('\u2600', '\uFFFF');
        if (first < 0) return false;
        foreach (var rune in text[first..].EnumerateRunes())
        {
            if (rune.Value is >= 0x1F000 and <= 0x1FAFF or >= 0x2600 and <= 0x27BF or 0x2B50 or 0x2B55) return true;
        }
        return false;
    }
}
