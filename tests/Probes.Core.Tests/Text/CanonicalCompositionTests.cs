using Probes.Core.Text.Unicode;

namespace Probes.Core.Tests.Text;

public sealed class CanonicalCompositionTests
{
    [Theory]
    [InlineData("e\u0301", "\u00E9")]
    [InlineData("A\u030A", "\u00C5")]
    [InlineData("\u212B", "\u00C5")] // the Angstrom sign is a singleton that maps to the letter
    [InlineData("e\u0302\u0301", "\u1EBF")] // Vietnamese: two marks, composed in order
    [InlineData("a\u0307\u0323", "\u1EA1\u0307")] // marks reordered by class, then the lower one composes
    [InlineData("\u1100\u1161\u11A8", "\uAC01")] // conjoining jamo compose into a syllable
    [InlineData("\u0915\u093C", "\u0915\u093C")] // a composition exclusion stays decomposed
    [InlineData("\u0958", "\u0915\u093C")]
    [InlineData("plain ascii", "plain ascii")]
    [InlineData("\u4F60\u597D \U0001F600", "\u4F60\u597D \U0001F600")]
    [InlineData("\U0001F600e\u0301", "\U0001F600\u00E9")] // an emoji before a composing pair
    [InlineData("\U0001F600\u0301", "\U0001F600\u0301")] // a mark after an emoji has nothing to join
    [InlineData("x\U0001D15E", "x\U0001D157\U0001D165")] // a supplementary decomposable (musical half note)
    [InlineData("\U0001F642\U00011099\U000110BA", "\U0001F642\U0001109A")] // a supplementary pair composes (Kaithi)
    [InlineData("\U0002F800 \U0001F642", "\u4E3D \U0001F642")] // a CJK compatibility ideograph maps to its unified one
    public void Produces_normalization_form_c(string input, string expected) =>
        Assert.Equal(expected, CanonicalComposition.ToFormC(input));

    [Fact]
    public void Text_with_emoji_and_no_unstable_character_is_returned_as_is()
    {
        var text = "Sure! \U0001F642 Here\u2019s a list \u2014 \U0001F680\U0001F680 done \U00020000.";
        Assert.Same(text, CanonicalComposition.ToFormC(text));
    }

    [Fact]
    public void A_lone_surrogate_becomes_the_replacement_character() =>
        Assert.Equal("\U0001F642a\uFFFDb", CanonicalComposition.ToFormC("\U0001F642a\uD800b"));

    [Fact]
    public void Every_bmp_character_is_stable_under_repeated_composition()
    {
        for (var codePoint = 0; codePoint < 0x10000; codePoint++)
        {
            if (char.IsSurrogate((char)codePoint)) continue;
            var once = CanonicalComposition.ToFormC(((char)codePoint).ToString());
            Assert.Equal(once, CanonicalComposition.ToFormC(once));
        }
    }
}
