namespace Probes.Core.Comparison.Lineage;

/// <summary>
/// Which tokens occur in each model's response to each prompt, as sorted feature ids over one shared vocabulary.
/// Presence (not counts) per response is what the lineage statistics use: a long answer repeating a word is one
/// vote, so verbose models do not dominate, and a bootstrap over prompts only re-weights these rows.
/// </summary>
public sealed class PresenceCorpus
{
    private PresenceCorpus(IReadOnlyList<string> models, IReadOnlyList<string> prompts, IReadOnlyList<string> vocabulary, int[][][] rows, int[][] lengths)
    {
        Models = models;
        Prompts = prompts;
        Vocabulary = vocabulary;
        Rows = rows;
        Lengths = lengths;
    }

    public IReadOnlyList<string> Models { get; }

    public IReadOnlyList<string> Prompts { get; }

    public IReadOnlyList<string> Vocabulary { get; }

    /// <summary><c>Rows[model][prompt]</c>: the distinct feature ids of that response (empty when missing).</summary>
    internal int[][][] Rows { get; }

    /// <summary><c>Lengths[model][prompt]</c>: the response's token count (0 when missing).</summary>
    internal int[][] Lengths { get; }

    public int IndexOf(string model)
    {
        for (var i = 0; i < Models.Count; i++)
        {
            if (Models[i] == model) return i;
        }
        throw new KeyNotFoundException($"'{model}' has no responses in this corpus");
    }

    /// <param name="responses">model → prompt key → response text.</param>
    public static PresenceCorpus Build(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> responses)
    {
        var models = responses.Keys.Order(StringComparer.Ordinal).ToArray();
        var prompts = responses.Values.SelectMany(r => r.Keys).Distinct().Order(StringComparer.Ordinal).ToArray();
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new List<string>();
        var rows = new int[models.Length][][];
        var lengths = new int[models.Length][];
        var seen = new HashSet<int>();
        for (var m = 0; m < models.Length; m++)
        {
            var byPrompt = responses[models[m]];
            rows[m] = new int[prompts.Length][];
            lengths[m] = new int[prompts.Length];
            for (var p = 0; p < prompts.Length; p++)
            {
                seen.Clear();
                var length = 0;
                if (byPrompt.TryGetValue(prompts[p], out var text))
                {
                    PresenceTokenizer.Tokenize(text, token =>
                    {
                        if (!lookup.TryGetValue(token, out var id))
                        {
                            id = words.Count;
                            var word = token.ToString();
                            words.Add(word);
                            vocabulary[word] = id;
                        }
                        seen.Add(id);
                        length++;
                    });
                }
                lengths[m][p] = length;
                var row = seen.ToArray();
                Array.Sort(row);
                rows[m][p] = row;
            }
        }
        return new PresenceCorpus(models, prompts, words, rows, lengths);
    }
}
