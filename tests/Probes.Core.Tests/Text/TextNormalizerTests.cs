using Probes.Core.Text;

namespace Probes.Core.Tests.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("   \n\t ", "")]
    public void Empty_or_blank_input_becomes_empty(string? input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void Surrounding_whitespace_is_trimmed() =>
        Assert.Equal("Paris is the capital.", TextNormalizer.Normalize("\n\n  Paris is the capital.  \n"));

    [Theory]
    [InlineData("Blue.</s>")]
    [InlineData("Blue.<|endoftext|>")]
    [InlineData("Blue.<|im_end|>")]
    [InlineData("Blue.<|eot_id|>")]
    [InlineData("Blue. <end_of_turn>\n")]
    [InlineData("[/INST] Blue.")]
    [InlineData("<s> Blue. </s>")]
    [InlineData("<|im_start|>assistant\nBlue.<|im_end|>\n<|endoftext|>")]
    public void End_of_sequence_and_template_markers_are_removed_from_the_ends(string input) =>
        Assert.Equal("Blue.", TextNormalizer.Normalize(input));

    [Fact]
    public void Markers_inside_the_text_are_kept_because_the_model_wrote_them()
    {
        const string discussion = "The token </s> ends a sequence.";
        Assert.Equal(discussion, TextNormalizer.Normalize(discussion));
    }

    [Fact]
    public void Windows_and_old_mac_line_ends_become_line_feeds() =>
        Assert.Equal("one\ntwo\nthree", TextNormalizer.Normalize("one\r\ntwo\rthree"));

    [Fact]
    public void Runs_of_spaces_and_tabs_collapse_to_one_space() =>
        Assert.Equal("a b c\nd e", TextNormalizer.Normalize("a  \t b\tc\nd     e"));

    [Fact]
    public void Line_breaks_are_not_collapsed_because_paragraphing_is_a_model_trait() =>
        Assert.Equal("a\n\n\nb", TextNormalizer.Normalize("a\n\n\nb"));

    [Fact]
    public void Decomposed_accents_are_composed_to_nfc()
    {
        var decomposed = "Cafe\u0301 cre\u0300me";
        Assert.Equal("Caf\u00E9 cr\u00E8me", TextNormalizer.Normalize(decomposed));
    }

    [Fact]
    public void Text_that_needs_no_change_is_returned_as_the_same_instance()
    {
        const string clean = "Already clean, with an \u00E9 and a line\nbreak.";
        Assert.Same(clean, TextNormalizer.Normalize(clean));
    }

    [Fact]
    public void Normalising_twice_changes_nothing()
    {
        var once = TextNormalizer.Normalize("  <s>Re\u0301sume\u0301\r\n\t- item  </s>  ");
        Assert.Equal(once, TextNormalizer.Normalize(once));
        Assert.Equal("R\u00E9sum\u00E9\n - item", once);
    }
}
