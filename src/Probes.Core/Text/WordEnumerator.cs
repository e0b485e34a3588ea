using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Probes.Core.Text;

/// <summary>
/// Allocation-free enumerator behind <see cref="WordTokenizer.Tokenize"/>; use it in a foreach. ASCII, most of
/// what models write, takes a table-driven path; everything else goes through <see cref="WordTokenizer.Classify"/>.
/// </summary>
public ref struct WordEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    internal WordEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        Current = default;
    }

    public WordToken Current { get; private set; }

    public readonly WordEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        var text = _text;
        var i = _position;
        while (i < text.Length)
        {
            var c = text[i];
            if (c < 0x80)
            {
                if (WordTokenizer.AsciiClass(c) == CharClass.Word)
                {
                    _position = ShortAsciiWord(text, i) is var next and > 0 ? next : ReadWord(text, i);
                    return true;
                }
                i++;
                continue;
            }
            var kind = WordTokenizer.Classify(text, i, out var width);
            if (kind == CharClass.Ideograph)
            {
                var hash = PolynomialHash.Of(text.Slice(i, width));
                Current = new WordToken(i, width, StableHash.Mix(hash), hash);
                _position = i + width;
                return true;
            }
            if (kind == CharClass.Word)
            {
                _position = ReadWord(text, i);
                return true;
            }
            i += width;
        }
        _position = i;
        return false;
    }

    /// <summary>
    /// Consumes a word starting at <paramref name="start"/>, hashing its folded form as it goes (only the units
    /// within <see cref="WordTokenizer.MaxHashedLength"/>, never half a surrogate pair); returns where it ended.
    /// </summary>
    private int ReadWord(ReadOnlySpan<char> text, int start)
    {
        var hash = 0UL;
        var limit = start + WordTokenizer.MaxHashedLength;
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            CharClass kind;
            var width = 1;
            if (c < 0x80)
            {
                kind = WordTokenizer.AsciiClass(c);
                if (kind == CharClass.Word)
                {
                    // ASCII letters and digits fold by setting bit 5: digits already have it, capitals become small.
                    if (i < limit) hash = PolynomialHash.Step(hash, (char)(c | 0x20));
                    i++;
                    continue;
                }
            }
            else
            {
                kind = WordTokenizer.Classify(text, i, out width);
            }
            // An apostrophe belongs to the word only between two word characters ("don't", not "students'").
            if (kind == CharClass.Apostrophe)
            {
                if (i + 1 >= text.Length || WordTokenizer.Classify(text, i + 1, out _) != CharClass.Word) break;
            }
            else if (kind is not (CharClass.Word or CharClass.Mark))
            {
                break;
            }
            if (i + width <= limit)
            {
                for (var k = 0; k < width; k++) hash = PolynomialHash.Step(hash, WordTokenizer.Fold(text[i + k]));
            }
            i += width;
        }
        Current = new WordToken(start, i - start, StableHash.Mix(hash), hash);
        return i;
    }

    /// <summary>
    /// The common word: letters and digits only, under eight units, followed by ASCII other than an apostrophe.
    /// Returns where the next word may start (the separators after it within the window skipped).
    /// Its end comes from one vector comparison of the next eight units and its hash from eight independent
    /// multiplies, Σ u_k·B^(7−k) over the units kept, scaled by B^−(8−n) (B is odd, so invertible modulo 2^64):
    /// no branch per unit, so the end of a word costs no misprediction. Returns 0 when the word is not such a
    /// word; <see cref="ReadWord"/> then reads it unit by unit.
    /// </summary>
    private int ShortAsciiWord(ReadOnlySpan<char> text, int start)
    {
        if (!Vector128.IsHardwareAccelerated || start + 8 > text.Length) return 0;
        var units = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text)), (nuint)start);
        if ((units & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero) return 0;
        // Digits already have bit 5 set; setting it lower-cases letters.
        var folded = units | Vector128.Create((ushort)0x20);
        var isWord = Vector128.LessThan(folded - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26))
            | Vector128.LessThan(units - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
        var wordUnits = isWord.ExtractMostSignificantBits();
        var length = BitOperations.TrailingZeroCount(~wordUnits);
        if (length >= 8 || text[start + length] == '\'') return 0;
        var kept = (folded & Vector128.LessThan(LaneIndices, Vector128.Create((ushort)length))).AsUInt64();
        var sum = LaneSum(kept.GetElement(0), 7) + LaneSum(kept.GetElement(1), 3);
        var hash = sum * PolynomialHash.InversePowerOfBase(8 - length);
        Current = new WordToken(start, length, StableHash.Mix(hash), hash);
        // The rest of the window is ASCII: the scan for the next word resumes at its first word unit, or past it.
        var following = wordUnits >> length;
        return start + length + (following != 0 ? BitOperations.TrailingZeroCount(following) : 8 - length);
    }

    /// <summary>Σ of the four 16-bit lanes of <paramref name="lanes"/>, lane k times B^(top − k).</summary>
    private static ulong LaneSum(ulong lanes, int top) =>
        (lanes & 0xFFFF) * PolynomialHash.PowerOfBase(top) + (lanes >> 16 & 0xFFFF) * PolynomialHash.PowerOfBase(top - 1)
        + (lanes >> 32 & 0xFFFF) * PolynomialHash.PowerOfBase(top - 2) + (lanes >> 48) * PolynomialHash.PowerOfBase(top - 3);

    private static readonly Vector128<ushort> LaneIndices = Vector128.Create((ushort)0, 1, 2, 3, 4, 5, 6, 7);
}
