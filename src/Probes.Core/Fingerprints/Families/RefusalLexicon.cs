using Probes.Core.Text;

namespace Probes.Core.Fingerprints.Families;

/// <summary>
/// Phrases with which models decline, in the languages the probe sets use most. Only a response's opening is
/// searched: refusals come first, while a long answer may quote such a phrase in passing, and a bounded window
/// keeps the cost independent of length. The window is folded as words are (lower case, straight apostrophe)
/// and searched for all phrases in one pass. A lexicon hit marks a refusal-like reply; where the line lies between
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

    // Phrases by the folded pair of units they open with, and a 4,096-bit filter over those pairs: one test rules
    // out almost every position of an opening, and only a pair some phrase opens with is compared further.
    private static readonly Dictionary<int, string[]> PhrasesByOpeningPair = Phrases
        .GroupBy(phrase => PairOf(phrase[0], phrase[1]))
        .ToDictionary(group => group.Key, group => group.ToArray());

    private static readonly ulong[] OpeningPairFilter = FilterOf(PhrasesByOpeningPair.Keys);

    public static IReadOnlyList<string> All => Phrases;

    /// <summary>
    /// Whether a phrase occurs in the opening folded (<see cref="WordTokenizer.Fold(ReadOnlySpan{char}, Span{char})"/>).
    /// Folding maps one unit to one unit, so the opening is folded on the fly, one unit at a time.
    /// </summary>
    public static bool IsRefusal(ReadOnlySpan<char> response)
    {
        var opening = response[..Math.Min(response.Length, OpeningLength)];
        if (opening.Length < 2) return false;
        var next = WordTokenizer.Fold(opening[0]);
        for (var i = 0; i + 1 < opening.Length; i++)
        {
            var first = next;
            next = WordTokenizer.Fold(opening[i + 1]);
            var pair = PairOf(first, next);
            var bit = FilterBit(pair);
            if ((OpeningPairFilter[bit >> 6] & (1UL << bit)) != 0 && OccursAt(opening, i, pair)) return true;
        }
        return false;
    }

    private static bool OccursAt(ReadOnlySpan<char> opening, int start, int pair)
    {
        if (!PhrasesByOpeningPair.TryGetValue(pair, out var phrases)) return false;
        foreach (var phrase in phrases)
        {
            if (start + phrase.Length > opening.Length) continue;
            var k = 2;
            while (k < phrase.Length && WordTokenizer.Fold(opening[start + k]) == phrase[k]) k++;
            if (k == phrase.Length) return true;
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
}
