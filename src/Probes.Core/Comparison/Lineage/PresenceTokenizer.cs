using Probes.Core.Text;

namespace Probes.Core.Comparison.Lineage;

/// <summary>
/// Tokens for lineage: lower-cased runs of ASCII letters and digits (with an apostrophe suffix such as "'s"), and
/// every other visible character on its own, so punctuation and markdown habits (**, #, —, emoji) count as words.
/// Applied after <see cref="TextNormalizer"/>, so pipeline artefacts never become tokens.
/// </summary>
public static class PresenceTokenizer
{
    public static void Tokenize(string? response, Action<ReadOnlySpan<char>> token)
    {
        var text = TextNormalizer.Normalize(response).ToLowerInvariant().AsSpan();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (!IsWordChar(c))
            {
                var width = char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
                token(text.Slice(i, width));
                i += width;
                continue;
            }
            var start = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            if (i + 1 < text.Length && text[i] == '\'' && char.IsAsciiLetterLower(text[i + 1]))
            {
                i++;
                while (i < text.Length && char.IsAsciiLetterLower(text[i])) i++;
            }
            token(text[start..i]);
        }
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);
}
