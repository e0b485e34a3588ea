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

    private const int TableBits = 10;
    private static readonly (ulong Hash, short Index)[] Table = BuildTable();

    public static IReadOnlyList<string> All => Words;

    /// <summary>The word's index in <see cref="All"/>, or −1: by <see cref="WordToken.Hash"/>.</summary>
    public static int IndexOf(ulong wordHash)
    {
        var mask = (1 << TableBits) - 1;
        for (var slot = (int)(wordHash >> (64 - TableBits)); ; slot = (slot + 1) & mask)
        {
            var entry = Table[slot];
            if (entry.Index < 0) return -1;
            if (entry.Hash == wordHash) return entry.Index;
        }
    }

    private static (ulong Hash, short Index)[] BuildTable()
    {
        var table = new (ulong Hash, short Index)[1 << TableBits];
        Array.Fill(table, (0UL, (short)-1));
        for (var index = 0; index < Words.Length; index++)
        {
            var hash = WordTokenizer.HashOf(Words[index]);
            var slot = (int)(hash >> (64 - TableBits));
            while (table[slot].Index >= 0)
            {
                if (table[slot].Hash == hash) throw new InvalidOperationException($"'{Words[index]}' is listed twice.");
                slot = (slot + 1) & (table.Length - 1);
            }
            table[slot] = (hash, (short)index);
        }
        return table;
    }
}
