using Probes.Core.Fingerprints;
using Probes.Core.Fingerprints.Families;
using Probes.Core.Sketches;
using Probes.Core.Text;

namespace Probes.Core.Tests.Fingerprints;

public sealed class FamilyTests
{
    private static T Fold<T>(params string?[] responses) where T : IFeatureFamily, new()
    {
        var family = new T();
        foreach (var response in responses) family.Add(ResponseSample.Of("probe", response));
        return family;
    }

    [Fact]
    public void Answers_are_the_first_word_folded_without_punctuation()
    {
        var answers = Fold<AnswerFeatures>("**Blue.** Because…", "blue", "\"BLUE\"", "Green!", "", "  \u2019Tis red").ByProbe["probe"];
        Assert.Equal([new("blue", 3, 0), new(AnswerFeatures.NoAnswer, 1, 0), new("green", 1, 0), new("tis", 1, 0)], answers.Entries);
        Assert.Equal(6, answers.Total);
    }

    [Fact]
    public void Answers_past_capacity_are_named_by_their_folded_hashed_part()
    {
        // More distinct first words than counters, some long, upper-case or not ASCII: every count goes by the word's
        // hash, and an admitted answer is named by the folded text that hash is of.
        var longWord = new string('Q', 47) + "\U0001F600" + "Tail";
        var replies = Enumerable.Range(0, 200).Select(i => (i % 4) switch
        {
            0 => $"Answer{i % 40}.",
            1 => $"\u00C9T\u00C9{i % 7} is it",
            2 => $"{longWord}{i % 3} and more",
            _ => "\u6A21\u578B ok",
        }).ToArray();
        var answers = Fold<AnswerFeatures>(replies).ByProbe["probe"];
        var expected = new SpaceSavingTopK(AnswerFeatures.AnswersPerProbe);
        foreach (var reply in replies)
        {
            var sample = ResponseSample.Of("probe", reply);
            expected.Add(WordTokenizer.FoldToString(WordTokenizer.HashedPart(sample.WordText(sample.Words[0]))));
        }
        Assert.Equal(expected.Entries, answers.Entries);
        Assert.Contains(answers.Entries, entry => entry.Item == new string('q', 47));
    }

    [Fact]
    public void Answers_are_kept_per_probe()
    {
        var family = new AnswerFeatures();
        family.Add(ResponseSample.Of("a", "seven"));
        family.Add(ResponseSample.Of("b", "seven"));
        family.Add(ResponseSample.Of("b", "three"));
        Assert.Equal(["a", "b"], family.ByProbe.Keys);
        Assert.Equal(2, family.ByProbe["b"].Total);
    }

    [Theory]
    [InlineData("I am Claude, an AI assistant made by Anthropic.", "anthropic")]
    [InlineData("I'm ChatGPT, based on GPT-4o.", "openai")]
    [InlineData("我是通义千问，由阿里云开发。", "alibaba")]
    [InlineData("Je suis Le Chat, créé par Mistral AI.", "mistral")]
    [InlineData("This is a simulated model.", "synthetic")]
    public void Identity_mentions_are_counted_per_vendor(string response, string vendor)
    {
        var identity = Fold<IdentityFeatures>(response);
        Assert.Equal(1, identity.MentionsOf(vendor));
        Assert.Equal(1, identity.Mentions.Values.Sum());
    }

    [Fact]
    public void A_vendor_counts_once_per_response_and_words_must_match_whole()
    {
        var identity = Fold<IdentityFeatures>("Claude, Claude and Claude", "claudette and gptzero are not names here", "Gemini or Llama?");
        Assert.Equal(3, identity.Responses);
        Assert.Equal(1, identity.MentionsOf("anthropic"));
        Assert.Equal(0, identity.MentionsOf("openai"));
        Assert.Equal((1L, 1L), (identity.MentionsOf("google"), identity.MentionsOf("meta")));
    }

    [Theory]
    [InlineData("## Title\ntext", FormatMarkers.Headers)]
    [InlineData("Intro:\n- one\n- two", FormatMarkers.Bullets)]
    [InlineData("Steps:\n 1. mix\n 2) bake", FormatMarkers.NumberedLists)]
    [InlineData("This is **important** text", FormatMarkers.Bold)]
    [InlineData("```python\nprint(1)\n```", FormatMarkers.CodeFences)]
    [InlineData("Great job \u2705", FormatMarkers.Emoji)]
    [InlineData("Nice \U0001F600", FormatMarkers.Emoji)]
    [InlineData("It is \u2014 as always \u2014 late", FormatMarkers.EmDashes)]
    [InlineData("So $x = \\frac{1}{2}$", FormatMarkers.Latex)]
    [InlineData("The answer is \\boxed{4}", FormatMarkers.Latex)]
    [InlineData("It costs $5, a path C:\\dir, then $$x^2$$", FormatMarkers.Latex)] // the signal after other dollars and backslashes
    public void Each_format_marker_is_detected(string text, FormatMarkers expected) =>
        Assert.Equal(expected, FormatDetector.Detect(text));

    [Theory]
    [InlineData("#hashtag and 2023. was a year, a - b, 5 * 3, **unclosed, costs $5 or $10 - a dash")]
    [InlineData("Plain prose with a hyphen-word and a semicolon; nothing else.")]
    [InlineData("A path C:\\dir\\file and a price of $4 are no math")]
    public void Plain_prose_shows_no_marker(string text) => Assert.Equal(FormatMarkers.None, FormatDetector.Detect(text));

    [Fact]
    public void Format_rates_are_counts_over_responses()
    {
        var format = Fold<FormatFeatures>("- a\n- b", "plain", "**x** and - no", "# H\n- c");
        Assert.Equal(4, format.Responses);
        Assert.Equal(0.5, format.RateOf(FormatMarkers.Bullets));
        Assert.Equal(0.25, format.RateOf(FormatMarkers.Headers));
        Assert.Equal(1, format.Counts["bold"]);
    }

    [Fact]
    public void Lengths_count_characters_as_scalars_and_words_as_tokens()
    {
        var length = Fold<LengthFeatures>("Hi \U0001F600 there", "one two three four");
        Assert.Equal((10 + 18) / 2.0, length.Characters.Mean);
        Assert.Equal(3, length.Words.Mean);
    }

    [Fact]
    public void Lexical_ngrams_hash_every_order_and_phrases_keep_bigrams_and_trigrams()
    {
        var lexical = Fold<LexicalFeatures>("The capital is Paris.", "THE CAPITAL, surely");
        var phrases = lexical.Phrases.Entries.ToDictionary(entry => entry.Item, entry => entry.Count);
        Assert.Equal(2, phrases["the capital"]);
        Assert.Equal(1, phrases["the capital is"]);
        Assert.DoesNotContain("the", phrases.Keys);
        Assert.Equal((3 + 2) + (2 + 1), lexical.Phrases.Total);
        var unigram = SpaceSavingTopK.HashOf("capital");
        Assert.Equal(2 * HashedVector.SignOf(unigram), lexical.Ngrams[lexical.Ngrams.BucketOf(unigram)]);
    }
}
