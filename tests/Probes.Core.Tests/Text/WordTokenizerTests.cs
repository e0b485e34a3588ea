using Probes.Core.Text;

namespace Probes.Core.Tests.Text;

public sealed class WordTokenizerTests
{
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var token in WordTokenizer.Tokenize(text)) words.Add(WordTokenizer.FoldToString(token.In(text)));
        return words;
    }

    [Fact]
    public void Every_unit_folds_to_its_invariant_lower_case_and_curly_apostrophes_to_straight()
    {
        Span<char> folded = stackalloc char[1];
        for (var unit = 0; unit <= char.MaxValue; unit++)
        {
            var c = (char)unit;
            WordTokenizer.Fold([c], folded);
            Assert.Equal(c == '\u2019' ? '\'' : char.ToLowerInvariant(c), folded[0]);
        }
    }

    /// <summary>
    /// Short ASCII words take a vectorised path and longer or mixed ones a unit-by-unit one: every token, near
    /// either path's edges (fifteen and sixteen units, apostrophes, the text's end, accents and other letters or
    /// dashes within the window), must hash as its text does. Rarer separators make longer words.
    /// </summary>
    [Theory]
    [InlineData(1, 3)]
    [InlineData(2, 3)]
    [InlineData(3, 3)]
    [InlineData(4, 12)]
    [InlineData(5, 12)]
    public void Every_token_hashes_as_its_folded_text_on_either_path(int seed, int oneSeparatorIn)
    {
        var random = new Random(seed);
        const string units = "aZq09Kx '’-.,\né—ж";
        for (var round = 0; round < 300; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 80)).Select(_ => random.Next(oneSeparatorIn) == 0 ? units[random.Next(units.Length)] : (char)('a' + random.Next(26)))]);
            var spans = new List<(int, int)>();
            foreach (var token in WordTokenizer.Tokenize(text))
            {
                var word = token.In(text);
                Assert.Equal(WordTokenizer.TextHashOf(word), token.TextHash);
                Assert.Equal(WordTokenizer.HashOf(word), token.Hash);
                spans.Add((token.Start, token.Length));
            }
            Assert.Equal(WordSpansByDefinition(text), spans);
        }
    }

    // Letters and digits, joined across an apostrophe only between two of them: the rule for these alphabets.
    private static List<(int Start, int Length)> WordSpansByDefinition(string text)
    {
        var spans = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i])
                || (text[i] is '\'' or '\u2019' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))) i++;
            spans.Add((start, i - start));
        }
        return spans;
    }

    [Fact]
    public void Splits_on_spaces_and_punctuation_and_lower_cases() =>
        Assert.Equal(["hello", "world", "gpt", "4o", "is", "here"], Words("Hello, World! GPT-4o is... here?"));

    [Fact]
    public void Apostrophes_inside_words_are_kept_and_curly_ones_fold_to_straight() =>
        Assert.Equal(["don't", "i'm", "students", "rock", "n", "roll"], Words("Don't I\u2019m students' rock 'n' roll"));

    [Fact]
    public void Each_cjk_character_is_a_token_and_latin_runs_stay_words() =>
        Assert.Equal(["我", "是", "通", "义", "ai", "モ", "デ", "ル"], Words("我是通义AI\u3002モデル"));

    [Fact]
    public void Accented_and_non_latin_letters_are_word_characters() =>
        Assert.Equal(["café", "привет", "naïve", "हिन्दी"], Words("Café, ПРИВЕТ; naïve — हिन्दी"));

    [Fact]
    public void Emoji_and_symbols_separate_words() =>
        Assert.Equal(["ok", "done", "100"], Words("ok\U0001F44Ddone #100%"));

    [Fact]
    public void Token_hash_is_the_hash_of_the_folded_word()
    {
        foreach (var token in WordTokenizer.Tokenize("DON\u2019T"))
        {
            Assert.Equal(StableHash.Mix(PolynomialHash.Of("don't")), token.Hash);
            Assert.Equal(WordTokenizer.HashOf("don't"), token.Hash);
        }
    }

    [Fact]
    public void Same_word_in_different_case_hashes_equally_and_different_words_do_not()
    {
        Assert.Equal(WordTokenizer.HashOf("Model"), WordTokenizer.HashOf("MODEL"));
        Assert.NotEqual(WordTokenizer.HashOf("model"), WordTokenizer.HashOf("models"));
    }

    [Fact]
    public void Token_positions_point_back_into_the_text()
    {
        const string text = "  alpha, beta";
        var tokens = new List<WordToken>();
        foreach (var token in WordTokenizer.Tokenize(text)) tokens.Add(token);
        Assert.Equal([(2, 5), (9, 4)], tokens.ConvertAll(t => (t.Start, t.Length)));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("...", 0)]
    [InlineData("one two  three", 3)]
    [InlineData("模型", 2)]
    public void Counts_words(string text, int expected) => Assert.Equal(expected, WordTokenizer.CountWords(text));
}
