using System.Runtime.InteropServices;
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
        char[]? buffer = null;
        var normalized = Normalize(text, ref buffer);
        return MemoryMarshal.TryGetString(normalized, out var source, out var start, out var length) && start == 0 && length == source.Length
            ? source
            : normalized.ToString();
    }

    /// <summary>
    /// Normalises without copying when only the edges change (the common case): the result is then a slice of
    /// the input, else the collapsed text written into <paramref name="buffer"/>, which is grown as needed and
    /// may be passed again for the next text.
    /// </summary>
    public static ReadOnlyMemory<char> Normalize(string? text, ref char[]? buffer)
    {
        if (string.IsNullOrEmpty(text)) return ReadOnlyMemory<char>.Empty;
        var core = StripEdges(CanonicalComposition.ToFormC(text).AsMemory());
        var span = core.Span;
        if (span.IndexOfAny('\r', '\t') < 0 && span.IndexOf("  ", StringComparison.Ordinal) < 0) return core;
        if (buffer is null || buffer.Length < span.Length) buffer = new char[Math.Max(span.Length, 2 * (buffer?.Length ?? 0))];
        return buffer.AsMemory(0, CollapseWhitespace(span, buffer));
    }

    /// <summary>Peels whitespace and markers off both ends until neither end changes (markers often come stacked).</summary>
    private static ReadOnlyMemory<char> StripEdges(ReadOnlyMemory<char> text)
    {
        while (true)
        {
            var before = text.Length;
            text = text.Trim();
            // Every marker opens with '<' or '[' and closes with '>' or ']': most replies need no marker comparison.
            var span = text.Span;
            if (span.IsEmpty || (span[0] is not ('<' or '[') && span[^1] is not ('>' or ']'))) return text;
            foreach (var marker in EdgeMarkers)
            {
                if (text.Span.EndsWith(marker, StringComparison.Ordinal)) text = text[..^marker.Length].TrimEnd();
                if (text.Span.StartsWith(marker, StringComparison.Ordinal)) text = text[marker.Length..].TrimStart();
            }
            if (text.Length == before) return text;
        }
    }

    /// <summary>CR LF and lone CR become LF; each run of spaces and tabs becomes one space. Returns the length written.</summary>
    private static int CollapseWhitespace(ReadOnlySpan<char> text, Span<char> buffer)
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
        return written;
    }
}
