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
    /// The common word: letters and digits only, under sixteen units, followed by ASCII other than an apostrophe.
    /// Returns where the next word may start (the separators after it within the window skipped). Its end comes
    /// from one vector comparison of the next sixteen units and its hash from <see cref="ShortWordHash"/>: no
    /// branch per unit and none on the word's length, so neither the end of a word nor a long word costs a
    /// misprediction. Returns 0 when the word is not such a word; <see cref="ReadWord"/> then reads it unit by unit.
    /// </summary>
    private int ShortAsciiWord(ReadOnlySpan<char> text, int start)
    {
        if (!Vector256.IsHardwareAccelerated || start + ShortWordHash.Lanes > text.Length) return 0;
        var units = Vector256.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text)), (nuint)start);
        // Digits already have bit 5 set; setting it lower-cases letters. Only ASCII letters and digits pass either test.
        var folded = units | Vector256.Create((ushort)0x20);
        var isWord = Vector256.LessThan(folded - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26))
            | Vector256.LessThan(units - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10));
        var wordUnits = isWord.ExtractMostSignificantBits();
        var length = BitOperations.TrailingZeroCount(~wordUnits);
        if (length >= ShortWordHash.Lanes || text[start + length] is >= (char)0x80 or '\'') return 0;
        var hash = ShortWordHash.Of(folded, length);
        Current = new WordToken(start, length, StableHash.Mix(hash), hash);
        // The scan for the next word resumes at the first word unit after it, or at the first unit outside ASCII
        // (which may open a word of another script), or past the window.
        var stops = (wordUnits | Vector256.GreaterThan(units, Vector256.Create((ushort)0x7F)).ExtractMostSignificantBits()) >> length;
        return start + length + (stops != 0 ? BitOperations.TrailingZeroCount(stops) : ShortWordHash.Lanes - length);
    }
}
