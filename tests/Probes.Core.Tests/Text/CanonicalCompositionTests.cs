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
    public void Produces_normalization_form_c(string input, string expected) =>
        Assert.Equal(expected, CanonicalComposition.ToFormC(input));

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
