using Probes.Core.Comparison.Lineage;

namespace Probes.Core.Tests.Comparison.Lineage;

public sealed class PresenceTokenizerTests
{
    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        PresenceTokenizer.Tokenize(text, t => tokens.Add(t.ToString()));
        return tokens;
    }

    [Fact]
    public void Words_are_lowercased_and_punctuation_and_markdown_are_tokens_of_their_own()
    {
        Assert.Equal(["sure", "!", "here", "'", "s", "*", "*", "it's", "*", "*", ":", "3", "tips", "—", "ok"],
            Tokens("Sure! Here 's **It's**: 3 tips — ok"));
    }

    [Fact]
    public void Pipeline_artefacts_never_become_tokens()
    {
        Assert.Equal(Tokens("Hello there."), Tokens(" Hello there.</s>"));
    }
}
