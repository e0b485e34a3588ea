using System.Runtime.CompilerServices;
using Probes.Core.Text;

namespace Probes.Core.Fingerprints.Families;

/// <summary>
/// Common English function words: articles, pronouns, prepositions, conjunctions, auxiliaries, determiners and
/// frequent adverbs. How often a writer uses them is a classic stylometric signal (Mosteller and Wallace,
/// 1964) that topic hardly moves, so it separates models across very different prompts. Looked up by word
/// hash in a small open-addressing table: one or two probes per word, no allocation.
/// </summary>
public static class FunctionWords
{
    private static readonly string[] Words =
    [
        "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "no", "all", "both",
        "either", "neither", "many", "much", "more", "most", "few", "fewer", "less", "least", "several", "such", "other", "another",
        "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her", "hers",
        "it", "its", "they", "them", "their", "theirs", "itself", "themselves", "yourself", "myself", "who", "whom", "whose",
        "which", "what", "whatever", "whichever",
        "of", "in", "on", "at", "by", "for", "with", "about", "against", "between", "into", "through", "during", "before",
        "after", "above", "below", "to", "from", "up", "down", "out", "off", "over", "under", "within", "without", "upon",
        "among", "across", "toward", "towards", "via", "per", "like", "than",
        "and", "or", "but", "nor", "so", "yet", "if", "because", "although", "though", "while", "whereas", "unless",
        "since", "until", "whether", "as", "once", "when", "where", "why", "how",
        "be", "is", "am", "are", "was", "were", "been", "being", "have", "has", "had", "do", "does", "did",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "not", "also", "just", "only", "very", "too", "quite", "rather", "then", "there", "here", "now", "however",
        "therefore", "thus", "indeed", "even", "still", "already", "often", "always", "never",
    ];

    // A collision-free table: the slot is the top bits of hash × an odd multiplier, the first that sends no two
    // listed words to one slot (found once, at startup). A lookup is then one read and one comparison, chosen
    // without a branch. With probing, a branch decided whether a word is listed, and in prose, where function
    // words and others alternate irregularly, the predictor missed it often.
    private const int TableBits = 11;
    private static readonly (ulong Multiplier, ulong[] Hashes, byte[] Indexes) Table = BuildTable();
    // The table's parts in fields of their own: read-only statics the compiler takes as constants once initialised.
    private static readonly ulong Multiplier = Table.Multiplier;
    private static readonly ulong[] Hashes = Table.Hashes;
    private static readonly byte[] Indexes = Table.Indexes;

    public static IReadOnlyList<string> All => Words;

    /// <summary>
    /// How many counters past the listed words <see cref="CounterOf"/> spreads the other words over: with one, each
    /// of a run of unlisted words would wait for the previous one's increment of that counter to be stored.
    /// </summary>
    public const int UnlistedCounters = 8;

    /// <summary>The word's index in <see cref="All"/>, or −1: by <see cref="WordToken.Hash"/>.</summary>
    public static int IndexOf(ulong wordHash)
    {
        var counter = CounterOf(wordHash);
        return counter < Words.Length ? counter : -1;
    }

    /// <summary>
    /// The word's index in <see cref="All"/>, or for a word not listed one of the <see cref="UnlistedCounters"/>
    /// indexes after the list: an array of <c>All.Count + UnlistedCounters</c> counters counts every word without
    /// a branch, the listed words' counts in its first <c>All.Count</c> entries.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CounterOf(ulong wordHash)
    {
        var slot = (int)((wordHash * Multiplier) >> (64 - TableBits));
        return Hashes[slot] == wordHash ? Indexes[slot] : Words.Length + (slot & (UnlistedCounters - 1));
    }

    private static (ulong Multiplier, ulong[] Hashes, byte[] Indexes) BuildTable()
    {
        var hashes = Words.Select(word => WordTokenizer.HashOf(word)).ToArray();
        if (hashes.Distinct().Count() != hashes.Length) throw new InvalidOperationException("A function word is listed twice.");
        if (Words.Length >= byte.MaxValue) throw new InvalidOperationException("Function word indexes must fit a byte.");
        for (var multiplier = 0x9E3779B97F4A7C15UL; ; multiplier += 2)
        {
            // An empty slot holds hash 0 beside the first index past the list: a word that hashes to 0 and lands
            // there matches, and is still counted as not listed.
            var slots = new ulong[1 << TableBits];
            var indexes = new byte[1 << TableBits];
            Array.Fill(indexes, (byte)Words.Length);
            var free = true;
            for (var index = 0; index < hashes.Length && free; index++)
            {
                var slot = (int)((hashes[index] * multiplier) >> (64 - TableBits));
                free = indexes[slot] == Words.Length;
                (slots[slot], indexes[slot]) = (hashes[index], (byte)index);
            }
            if (free) return (multiplier, slots, indexes);
        }
    }
}
