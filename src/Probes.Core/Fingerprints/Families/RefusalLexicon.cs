using System.Buffers;
using System.Text;
using Probes.Core.Text;

namespace Probes.Core.Fingerprints.Families;

/// <summary>
/// Phrases with which models decline, in the languages the probe sets use most. Only a response's opening is
/// searched: refusals come first, while a long answer may quote such a phrase in passing, and a bounded window
/// keeps the cost independent of length. The window is folded as words are (lower case, straight apostrophe)
/// and searched for all phrases at once. A lexicon hit marks a refusal-like reply; where the line lies between
/// declining and hedging is part of each model's habit.
/// </summary>
public static class RefusalLexicon
{
    /// <summary>UTF-16 units searched from the start of the normalised response.</summary>
    public const int OpeningLength = 240;

    private static readonly string[] Phrases =
    [
        "i can't", "i cannot", "i can not", "i won't", "i'm sorry", "i am sorry", "i'm unable", "i am unable",
        "i'm not able to", "i am not able to", "as an ai", "i must decline", "i'm not comfortable",
        "无法", "抱歉", "对不起", "我不能", "申し訳", "できません", "죄송", "할 수 없",
        "je ne peux pas", "désolé", "no puedo", "lo siento", "ich kann nicht", "es tut mir leid", "leider kann ich",
        "não posso", "desculpe", "не могу", "извините", "к сожалению", "لا أستطيع", "عذرا",
    ];

    // Vectorised multi-phrase search is fastest over ASCII phrases; the others are searched only in openings that
    // contain non-ASCII text at all.
    private static readonly SearchValues<string> AsciiPhrases = SearchValues.Create(Phrases.Where(IsAscii).ToArray(), StringComparison.Ordinal);
    private static readonly SearchValues<string> OtherPhrases = SearchValues.Create(Phrases.Where(phrase => !IsAscii(phrase)).ToArray(), StringComparison.Ordinal);

    public static IReadOnlyList<string> All => Phrases;

    public static bool IsRefusal(ReadOnlySpan<char> response)
    {
        var opening = response[..Math.Min(response.Length, OpeningLength)];
        Span<char> folded = stackalloc char[opening.Length];
        WordTokenizer.Fold(opening, folded);
        ReadOnlySpan<char> window = folded;
        return window.IndexOfAny(AsciiPhrases) >= 0 || (!Ascii.IsValid(window) && window.IndexOfAny(OtherPhrases) >= 0);
    }

    private static bool IsAscii(string phrase) => Ascii.IsValid(phrase);
}
