using System.Buffers;
using System.Text;
using Probes.Core.Text;

namespace Probes.Core.Fingerprints.Families;

/// <summary>
/// Phrases with which models decline, in the languages the probe sets use most. Only a response's opening is
/// searched: refusals come first, while a long answer may quote such a phrase in passing, and a bounded window
/// keeps the cost independent of length. The window is folded as words are (lower case, straight apostrophe)
/// and searched for the phrases. A lexicon hit marks a refusal-like reply; where the line lies between
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

    // Most openings are ASCII, where only the ASCII phrases can occur: one vectorised multi-string search for an
    // anchor inside each phrase, then a comparison of the whole phrase around each anchor found. The search
    // tests a string's first three units, and "es ", "no ", "lo " or "de" open too many words, so those phrases
    // are anchored at a rarer part ("tut mir leid", "puedo", "sculpe"). A phrase with other letters can occur
    // only where its first non-ASCII unit does, which one more vectorised search rules out in most openings.
    private static readonly (string Anchor, string Phrase, int Offset)[] AsciiAnchors = Phrases
        .Where(phrase => Ascii.IsValid(phrase))
        .Select(phrase => (phrase, Offset: AnchorOffset(phrase)))
        .Select(entry => (entry.phrase[entry.Offset..], entry.phrase, entry.Offset))
        .ToArray();

    private static readonly SearchValues<string> AsciiAnchorSearch =
        SearchValues.Create(AsciiAnchors.Select(anchor => anchor.Anchor).Distinct().ToArray(), StringComparison.Ordinal);

    private static readonly string[] OtherPhrases = Phrases.Where(phrase => !Ascii.IsValid(phrase)).ToArray();

    private static readonly SearchValues<char> OtherPhraseUnits =
        SearchValues.Create(OtherPhrases.Select(phrase => phrase.First(unit => !char.IsAscii(unit))).Distinct().ToArray());

    public static IReadOnlyList<string> All => Phrases;

    /// <summary>
    /// Whether a phrase occurs in the opening folded (<see cref="WordTokenizer.Fold(ReadOnlySpan{char}, Span{char})"/>).
    /// Folding maps one unit to one unit, and an ASCII opening folds to its ASCII lower case.
    /// </summary>
    public static bool IsRefusal(ReadOnlySpan<char> response)
    {
        var opening = response[..Math.Min(response.Length, OpeningLength)];
        Span<char> folded = stackalloc char[OpeningLength];
        folded = folded[..opening.Length];
        if (Ascii.ToLower(opening, folded, out var asciiPrefix) == OperationStatus.Done) return HasAsciiPhrase(folded);
        WordTokenizer.Fold(opening[asciiPrefix..], folded[asciiPrefix..]);
        if (HasAsciiPhrase(folded)) return true;
        if (folded.IndexOfAny(OtherPhraseUnits) < 0) return false;
        foreach (var phrase in OtherPhrases)
        {
            if (folded.IndexOf(phrase, StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }

    private static bool HasAsciiPhrase(ReadOnlySpan<char> folded)
    {
        var from = 0;
        while (from < folded.Length)
        {
            var found = folded[from..].IndexOfAny(AsciiAnchorSearch);
            if (found < 0) return false;
            var at = from + found;
            foreach (var (anchor, phrase, offset) in AsciiAnchors)
            {
                if (at >= offset && folded[(at - offset)..].StartsWith(phrase, StringComparison.Ordinal)) return true;
            }
            from = at + 1;
        }
        return false;
    }

    // Where the anchor of a phrase starts: its first word, unless that is a short word common in running text.
    private static int AnchorOffset(string phrase) => phrase switch
    {
        "as an ai" => 5,
        "je ne peux pas" => 6,
        "no puedo" or "lo siento" or "es tut mir leid" => 3,
        "leider kann ich" => 7,
        "ich kann nicht" => 4,
        "desculpe" => 2,
        _ => 0,
    };
}
