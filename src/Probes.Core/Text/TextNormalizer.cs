using System.Buffers;
using Probes.Core.Text.Unicode;

namespace Probes.Core.Text;

/// <summary>
/// Removes what the serving pipeline, not the model, put into a response: end-of-sequence and chat-template
/// markers left at either end, surrounding whitespace, Windows line ends, runs of spaces and tabs, and
/// non-composed Unicode. Without this, two endpoints serving the same weights through different stacks would
/// look different, and a template leftover would identify the stack rather than the model.
/// </summary>
public static class TextNormalizer
{
    // Ordered longest first where one marker is a prefix of another, so the longer one is removed whole.
    private static readonly string[] EdgeMarkers =
    [
        "<|start_header_id|>assistant<|end_header_id|>",
        "<|im_start|>assistant",
        "<|end_of_text|>", "<|endoftext|>", "<|im_end|>", "<|eot_id|>", "<|assistant|>", "<|end|>",
        "<end_of_turn>", "<start_of_turn>model", "<eos>", "<bos>", "</s>", "<s>",
        "[/INST]", "[INST]",
    ];

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var composed = CanonicalComposition.ToFormC(text);
        var core = StripEdges(composed.AsSpan());
        return CollapseWhitespace(core, composed);
    }

    /// <summary>Peels whitespace and markers off both ends until neither end changes (markers often come stacked).</summary>
    private static ReadOnlySpan<char> StripEdges(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var before = text.Length;
            text = text.Trim();
            foreach (var marker in EdgeMarkers)
            {
                if (text.EndsWith(marker, StringComparison.Ordinal)) text = text[..^marker.Length].TrimEnd();
                if (text.StartsWith(marker, StringComparison.Ordinal)) text = text[marker.Length..].TrimStart();
            }
            if (text.Length == before) return text;
        }
    }

    /// <summary>CR LF and lone CR become LF; each run of spaces and tabs becomes one space.</summary>
    private static string CollapseWhitespace(ReadOnlySpan<char> text, string original)
    {
        // Most responses need no collapsing: two vectorised searches prove it without copying character by character.
        if (text.IndexOfAny('\r', '\t') < 0 && text.IndexOf("  ", StringComparison.Ordinal) < 0)
        {
            return text.Length == original.Length ? original : new string(text);
        }
        char[]? rented = null;
        Span<char> buffer = text.Length <= 512 ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            var written = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\r')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    buffer[written++] = '\n';
                }
                else if (c is ' ' or '\t')
                {
                    if (written == 0 || buffer[written - 1] != ' ') buffer[written++] = ' ';
                }
                else
                {
                    buffer[written++] = c;
                }
            }
            var result = buffer[..written];
            return result.SequenceEqual(original.AsSpan()) ? original : new string(result);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }
}
