using Probes.Core.Text;

namespace Probes.Core.Tests.Text;

public sealed class ScriptDetectorTests
{
    [Theory]
    [InlineData("Which company built you?", Script.Latin)]
    [InlineData("Quelle entreprise t'a conçu ? Éléphant", Script.Latin)]
    [InlineData("是哪家公司开发了你？", Script.Cjk)]
    [InlineData("2023年10月", Script.Cjk)]
    [InlineData("あなたは誰ですか", Script.Cjk)]
    [InlineData("안녕하세요", Script.Cjk)]
    [InlineData("Кто тебя создал?", Script.Cyrillic)]
    [InlineData("من صنعك؟", Script.Arabic)]
    [InlineData("Ποιος σε έφτιαξε;", Script.Other)]
    [InlineData("42 — 1789! ×÷", Script.None)]
    [InlineData("", Script.None)]
    public void The_dominant_script_is_found(string text, Script expected) => Assert.Equal(expected, ScriptDetector.Dominant(text));

    [Fact]
    public void Words_vote_with_their_length()
    {
        Assert.Equal(Script.Latin, ScriptDetector.Dominant("I am 通义 assistant"));
        Assert.Equal(Script.Cjk, ScriptDetector.Dominant("我是通义千问 AI"));
    }
}
