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
                    _position = ReadWord(text, i);
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
}
