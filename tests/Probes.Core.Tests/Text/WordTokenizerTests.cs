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
