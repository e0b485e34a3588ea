using Probes.Core.Fingerprints.Families;
using Probes.Core.Text;

namespace Probes.Core.Tests.Fingerprints;

public sealed class RefusalLexiconTests
{
    /// <summary>The definition read directly: some phrase occurs in the folded opening.</summary>
    private static bool ByDefinition(string response)
    {
        var opening = response[..Math.Min(response.Length, RefusalLexicon.OpeningLength)];
        var folded = new char[opening.Length];
        WordTokenizer.Fold(opening, folded);
        var window = new string(folded);
        return RefusalLexicon.All.Any(phrase => window.Contains(phrase, StringComparison.Ordinal));
    }

    /// <summary>
    /// Replies stitched from phrase pieces, case changes, typographic apostrophes, other scripts and filler, some
    /// long enough that a phrase straddles the end of the opening: the one-pass search agrees with the definition.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_search_agrees_with_the_definition_on_stitched_replies(int seed)
    {
        var random = new Random(seed);
        string[] fillers = ["the answer is ", "I ", "i'", "can", " ", "As an", " AI", "\u2019", "\u00C9", "\u00E9", "\u62B1", "\u6B49",
            "\U0001F642", "no ", "NO PUEDO", "lo", "\u043D\u0435 ", "\u041C\u041E\u0413\u0423", "x", "\n", "d\u00E9sol\u00E9", "ich kann "];
        var found = 0;
        for (var reply = 0; reply < 3000; reply++)
        {
            var text = new System.Text.StringBuilder();
            var target = random.Next(4) == 0 ? 230 + random.Next(20) : random.Next(60);
            while (text.Length < target)
            {
                text.Append(random.Next(5) == 0
                    ? Cased(random, RefusalLexicon.All[random.Next(RefusalLexicon.All.Count)])
                    : fillers[random.Next(fillers.Length)]);
            }
            var response = text.ToString();
            var expected = ByDefinition(response);
            if (expected) found++;
            Assert.True(expected == RefusalLexicon.IsRefusal(response), $"Disagreement on: {response}");
        }
        Assert.InRange(found, 300, 2900);
    }

    [Theory]
    [InlineData("I\u2019M SORRY", true)]
    [InlineData("i", false)]
    [InlineData("", false)]
    [InlineData("\u65E0\u6CD5", true)]
    [InlineData("i can", false)]
    public void Short_replies_and_phrase_edges(string response, bool refused) =>
        Assert.Equal(refused, RefusalLexicon.IsRefusal(response));

    [Fact]
    public void A_phrase_cut_by_the_end_of_the_opening_does_not_count()
    {
        var padding = new string('x', RefusalLexicon.OpeningLength - 5);
        Assert.False(RefusalLexicon.IsRefusal(padding + "i can't"));
        Assert.True(RefusalLexicon.IsRefusal(padding[2..] + "i can't"));
    }

    // Upper-cases some letters and turns straight apostrophes typographic: folding undoes both.
    private static string Cased(Random random, string phrase) => string.Concat(phrase.Select(c =>
        c == '\'' && random.Next(2) == 0 ? "\u2019" : random.Next(3) == 0 ? char.ToUpperInvariant(c).ToString() : c.ToString()));
}
