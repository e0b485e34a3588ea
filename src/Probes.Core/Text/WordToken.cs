namespace Probes.Core.Text;

/// <summary>
/// One word of a text, by position, with the stable hash of its lower-cased form. Features are built from
/// hashes so that tokenising a response allocates nothing; the text is sliced out only where it is shown.
/// </summary>
public readonly record struct WordToken(int Start, int Length, ulong Hash)
{
    public ReadOnlySpan<char> In(ReadOnlySpan<char> text) => text.Slice(Start, Length);
}
