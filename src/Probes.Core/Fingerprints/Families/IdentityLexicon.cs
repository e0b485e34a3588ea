using Probes.Core.Text;

namespace Probes.Core.Fingerprints.Families;

/// <summary>
/// Names a response may use to say who made it or what it is, grouped by vendor. Terms are matched as whole
/// word sequences after tokenisation, so "GPT-4o" matches "gpt" and "通义千问" matches character by character.
/// "synthetic" catches the built-in simulated models, which say so. A mention is a weak signal: a system
/// prompt can make any model claim any name.
/// </summary>
public static class IdentityLexicon
{
    private static readonly (string Vendor, string[] Terms)[] Entries =
    [
        ("openai", ["openai", "chatgpt", "gpt", "gpt3", "gpt4", "gpt4o"]),
        ("anthropic", ["anthropic", "claude"]),
        ("google", ["google", "gemini", "bard", "deepmind", "gemma"]),
        ("meta", ["meta", "llama", "llama2", "llama3"]),
        ("mistral", ["mistral", "mixtral"]),
        ("deepseek", ["deepseek", "深度求索"]),
        ("alibaba", ["alibaba", "qwen", "qwen2", "tongyi", "通义", "千问", "阿里巴巴"]),
        ("microsoft", ["microsoft", "copilot", "bing"]),
        ("xai", ["xai", "grok"]),
        ("baidu", ["baidu", "ernie", "百度", "文心"]),
        ("synthetic", ["synthetic", "simulated"]),
    ];

    private static readonly Dictionary<ulong, (ulong[] Following, int Vendor)[]> TermsByFirstWord = Index();

    // One bit per value of a hash's top 16 bits, set for the terms' first words: almost every word of a reply is
    // ruled out by one test in an 8 KB table before any dictionary lookup.
    private static readonly ulong[] FirstWordBits = IndexBits();

    public static IReadOnlyList<string> Vendors { get; } = Array.ConvertAll(Entries, entry => entry.Vendor);

    /// <summary>Bit i is set if the words mention vendor i (each vendor at most once per response).</summary>
    public static ulong Mentions(ReadOnlySpan<WordToken> words)
    {
        var mentioned = 0UL;
        for (var i = 0; i < words.Length; i++)
        {
            var top = (int)(words[i].Hash >> 48);
            if ((FirstWordBits[top >> 6] & (1UL << top)) == 0 || !TermsByFirstWord.TryGetValue(words[i].Hash, out var candidates)) continue;
            foreach (var (following, vendor) in candidates)
            {
                if (Follows(words, i + 1, following)) mentioned |= 1UL << vendor;
            }
        }
        return mentioned;
    }

    private static bool Follows(ReadOnlySpan<WordToken> words, int start, ulong[] hashes)
    {
        if (start + hashes.Length > words.Length) return false;
        for (var k = 0; k < hashes.Length; k++)
        {
            if (words[start + k].Hash != hashes[k]) return false;
        }
        return true;
    }

    private static Dictionary<ulong, (ulong[] Following, int Vendor)[]> Index()
    {
        var index = new Dictionary<ulong, List<(ulong[] Following, int Vendor)>>();
        for (var vendor = 0; vendor < Entries.Length; vendor++)
        {
            foreach (var term in Entries[vendor].Terms)
            {
                var hashes = new List<ulong>();
                foreach (var word in WordTokenizer.Tokenize(term)) hashes.Add(word.Hash);
                if (!index.TryGetValue(hashes[0], out var list)) index[hashes[0]] = list = [];
                list.Add((hashes.Skip(1).ToArray(), vendor));
            }
        }
        return index.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray());
    }

    private static ulong[] IndexBits()
    {
        var bits = new ulong[1 << 10];
        foreach (var hash in TermsByFirstWord.Keys)
        {
            var top = (int)(hash >> 48);
            bits[top >> 6] |= 1UL << top;
        }
        return bits;
    }
}
