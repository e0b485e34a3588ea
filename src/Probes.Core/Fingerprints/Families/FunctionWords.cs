using System.Runtime.CompilerServices;
using Probes.Core.Text;

namespace Probes.Core.Fingerprints.Families;

/// <summary>
/// Common English function words: articles, pronouns, prepositions, conjunctions, auxiliaries, determiners and
/// frequent adverbs. How often a writer uses them is a classic stylometric signal (Mosteller and Wallace,
/// 1964) that topic hardly moves, so it separates models across very different prompts. Looked up by word
/// hash in a small table of four-entry groups, each word in the group its hash picks: a lookup compares the
/// four and selects without a branch (whether a word of running English is a function word is close to a coin
/// toss, which a branch would mispredict), and allocates nothing.
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

    private const int GroupSize = 4;

    private static readonly (int Bits, (ulong Hash, short Index)[] Entries) Table = BuildTable();

    public static IReadOnlyList<string> All => Words;

    /// <summary>The word's index in <see cref="All"/>, or −1: by <see cref="WordToken.Hash"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int IndexOf(ulong wordHash)
    {
        var (bits, entries) = Table;
        var group = entries.AsSpan((int)(wordHash >> (64 - bits)) * GroupSize, GroupSize);
        // An empty entry is (0, −1): matching it gives −1, the answer for a word that is not listed.
        var index = group[0].Hash == wordHash ? group[0].Index : -1;
        index = group[1].Hash == wordHash ? group[1].Index : index;
        index = group[2].Hash == wordHash ? group[2].Index : index;
        return group[3].Hash == wordHash ? group[3].Index : index;
    }

    /// <summary>The smallest table, from 2^8 groups (16 KB) up, in which no group receives more than four words.</summary>
    private static (int Bits, (ulong Hash, short Index)[] Entries) BuildTable()
    {
        for (var bits = 8; ; bits++)
        {
            var entries = new (ulong Hash, short Index)[(1 << bits) * GroupSize];
            Array.Fill(entries, (0UL, (short)-1));
            if (TryPlaceAll(bits, entries)) return (bits, entries);
        }
    }

    private static bool TryPlaceAll(int bits, (ulong Hash, short Index)[] entries)
    {
        for (var index = 0; index < Words.Length; index++)
        {
            var hash = WordTokenizer.HashOf(Words[index]);
            if (hash == 0) throw new InvalidOperationException($"'{Words[index]}' hashes to the empty entry's hash.");
            var group = entries.AsSpan((int)(hash >> (64 - bits)) * GroupSize, GroupSize);
            var free = -1;
            for (var k = GroupSize - 1; k >= 0; k--)
            {
                if (group[k].Hash == hash && group[k].Index >= 0) throw new InvalidOperationException($"'{Words[index]}' is listed twice.");
                if (group[k].Index < 0) free = k;
            }
            if (free < 0) return false;
            group[free] = (hash, (short)index);
        }
        return true;
    }
}
