namespace Probes.Core.Text;

/// <summary>
/// One word of a text, by position, with hashes of its folded (lower-case) form. Features are built from
/// hashes so that tokenising a response allocates nothing; the text is sliced out only where it is shown.
/// <see cref="TextHash"/> is the <see cref="PolynomialHash"/> of the folded word's hashed part
/// (<see cref="WordTokenizer.HashedPart"/>), from which phrase hashes compose; <see cref="Hash"/> is it mixed.
/// </summary>
public readonly record struct WordToken(int Start, int Length, ulong Hash, ulong TextHash)
{
    public ReadOnlySpan<char> In(ReadOnlySpan<char> text) => text.Slice(Start, Length);
}
