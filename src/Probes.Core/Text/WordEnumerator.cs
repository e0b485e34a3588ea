namespace Probes.Core.Text;

/// <summary>Allocation-free enumerator behind <see cref="WordTokenizer.Tokenize"/>; use it in a foreach.</summary>
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
            var kind = WordTokenizer.Classify(text, i, out var width);
            if (kind == CharClass.Ideograph)
            {
                Current = new WordToken(i, width, WordTokenizer.HashOf(text.Slice(i, width)));
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

    /// <summary>Consumes a word starting at <paramref name="start"/>, hashing as it goes; returns where it ended.</summary>
    private int ReadWord(ReadOnlySpan<char> text, int start)
    {
        var hash = StableHash.FnvOffset;
        var i = start;
        while (i < text.Length)
        {
            var kind = WordTokenizer.Classify(text, i, out var width);
            if (kind == CharClass.Apostrophe)
            {
                // An apostrophe belongs to the word only between two word characters ("don't", not "students'").
                if (i + 1 >= text.Length || WordTokenizer.Classify(text, i + 1, out _) != CharClass.Word) break;
            }
            else if (kind is not (CharClass.Word or CharClass.Mark))
            {
                break;
            }
            for (var k = 0; k < width; k++) hash = StableHash.FnvStep(hash, WordTokenizer.Fold(text[i + k]));
            i += width;
        }
        Current = new WordToken(start, i - start, StableHash.Mix(hash));
        return i;
    }
}
