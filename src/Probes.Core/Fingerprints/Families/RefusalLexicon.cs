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
    // are anchored at a rarer part ("tut mir leid", "puedo", "sculpe"). Phrases with other letters are looked for
    // only in openings that have such letters (below).
    private static readonly (string Anchor, string Phrase, int Offset)[] AsciiAnchors = Phrases
        .Where(phrase => Ascii.IsValid(phrase))
        .Select(phrase => (phrase, Offset: AnchorOffset(phrase)))
        .Select(entry => (entry.phrase[entry.Offset..], entry.phrase, entry.Offset))
        .ToArray();

    private static readonly SearchValues<string> AsciiAnchorSearch =
        SearchValues.Create(AsciiAnchors.Select(anchor => anchor.Anchor).Distinct().ToArray(), StringComparison.Ordinal);

    // The phrases by the first unit of their anchor: where an anchor is found, a phrase can only be there if the
    // unit found opens its anchor, and the commonest hit ("an " of "as an ai") then costs one comparison, not one per phrase.
    private static readonly (string Phrase, int Offset)[][] AsciiPhrasesByAnchorStart = Enumerable.Range(0, 128)
        .Select(unit => AsciiAnchors.Where(anchor => anchor.Anchor[0] == unit).Select(anchor => (anchor.Phrase, anchor.Offset)).ToArray())
        .ToArray();

    // The phrases with other letters, by the pair of units they open with, and a 4,096-bit filter over those pairs:
    // one test rules out almost every position, and only a pair some phrase opens with is compared further.
    private static readonly Dictionary<int, string[]> OtherPhrasesByOpeningPair = Phrases
        .Where(phrase => !Ascii.IsValid(phrase))
        .GroupBy(phrase => PairOf(phrase[0], phrase[1]))
        .ToDictionary(group => group.Key, group => group.ToArray());

    private static readonly ulong[] OtherOpeningPairFilter = FilterOf(OtherPhrasesByOpeningPair.Keys);

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
        WordTokenizer.Fold(opening, folded);
        return HasAsciiPhrase(folded) || HasOtherPhrase(folded);
    }

    private static bool HasAsciiPhrase(ReadOnlySpan<char> folded)
    {
        var from = 0;
        while (from < folded.Length)
        {
            var found = folded[from..].IndexOfAny(AsciiAnchorSearch);
            if (found < 0) return false;
            var at = from + found;
            foreach (var (phrase, offset) in AsciiPhrasesByAnchorStart[folded[at]])
            {
                if (at >= offset && folded[(at - offset)..].StartsWith(phrase, StringComparison.Ordinal)) return true;
            }
            from = at + 1;
        }
        return false;
    }

    /// <summary>
    /// Every phrase with other letters has one as its first or second unit, so only starts next to a non-ASCII
    /// unit are tested: in a Latin reply with an emoji or a dash, a handful of the opening's positions.
    /// </summary>
    private static bool HasOtherPhrase(ReadOnlySpan<char> folded)
    {
        var tested = -1;
        var i = folded.IndexOfAnyExceptInRange('\0', '\u007F');
        while (i >= 0)
        {
            if (i - 1 > tested && OtherPhraseStartsAt(folded, i - 1)) return true;
            if (OtherPhraseStartsAt(folded, i)) return true;
            tested = i;
            if (i + 1 < folded.Length && !char.IsAscii(folded[i + 1]))
            {
                i++;
                continue;
            }
            var next = folded[(i + 1)..].IndexOfAnyExceptInRange('\0', '\u007F');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    private static bool OtherPhraseStartsAt(ReadOnlySpan<char> folded, int start)
    {
        if (start + 1 >= folded.Length) return false;
        var pair = PairOf(folded[start], folded[start + 1]);
        var bit = FilterBit(pair);
        if ((OtherOpeningPairFilter[bit >> 6] & (1UL << bit)) == 0 || !OtherPhrasesByOpeningPair.TryGetValue(pair, out var phrases)) return false;
        foreach (var phrase in phrases)
        {
            if (folded[start..].StartsWith(phrase, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static int PairOf(char first, char second) => first << 16 | second;

    private static int FilterBit(int pair) => (int)((uint)pair * 0x9E3779B1u >> 20);

    private static ulong[] FilterOf(IEnumerable<int> pairs)
    {
        var filter = new ulong[4096 / 64];
        foreach (var pair in pairs) filter[FilterBit(pair) >> 6] |= 1UL << FilterBit(pair);
        return filter;
    }

    // Where the anchor of a phrase starts: its first word, unless that is a short word common in running text.
    private static int AnchorOffset(string phrase) => phrase switch
    {
        "as an ai" => 3,
        "je ne peux pas" => 6,
        "no puedo" or "lo siento" or "es tut mir leid" => 3,
        "leider kann ich" => 7,
        "ich kann nicht" => 4,
        "desculpe" => 2,
        _ => 0,
    };
}
