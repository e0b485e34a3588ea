namespace Probes.Core.Comparison.Lineage;

/// <summary>
/// Which tokens occur in each of a model's responses, as sorted feature ids over one shared vocabulary, with the
/// prompt each response answered. Presence (not counts) per response is what the lineage statistics use: a long
/// answer repeating a word is one vote, so verbose models do not dominate. Prompts are the sampling unit: a
/// bootstrap re-weights prompts, and every response to a prompt (several samples) carries its prompt's weight.
/// </summary>
public sealed class PresenceCorpus
{
    private PresenceCorpus(FeatureView view, IReadOnlyList<string> models, IReadOnlyList<string> prompts, IReadOnlyList<string> vocabulary, Response[][] responses)
    {
        View = view;
        Models = models;
        Prompts = prompts;
        Vocabulary = vocabulary;
        Responses = responses;
    }

    public FeatureView View { get; }

    public IReadOnlyList<string> Models { get; }

    public IReadOnlyList<string> Prompts { get; }

    public IReadOnlyList<string> Vocabulary { get; }

    /// <summary><c>Responses[model]</c>: every response of that model.</summary>
    internal Response[][] Responses { get; }

    public int IndexOf(string model)
    {
        for (var i = 0; i < Models.Count; i++)
        {
            if (Models[i] == model) return i;
        }
        throw new KeyNotFoundException($"'{model}' has no responses in this corpus");
    }

    /// <param name="responses">model → its responses as (prompt key, text); a prompt may have several.</param>
    public static PresenceCorpus Build(IReadOnlyDictionary<string, IReadOnlyList<(string Prompt, string? Text)>> responses, FeatureView view = FeatureView.Words)
    {
        var models = responses.Keys.Order(StringComparer.Ordinal).ToArray();
        var prompts = responses.Values.SelectMany(r => r.Select(x => x.Prompt)).Distinct().Order(StringComparer.Ordinal).ToArray();
        var promptIndex = prompts.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new List<string>();
        var seen = new HashSet<int>();
        var all = new Response[models.Length][];
        for (var m = 0; m < models.Length; m++)
        {
            var list = responses[models[m]];
            all[m] = new Response[list.Count];
            for (var r = 0; r < list.Count; r++)
            {
                seen.Clear();
                FeatureViews.Extract(view, list[r].Text, token =>
                {
                    if (!lookup.TryGetValue(token, out var id))
                    {
                        id = words.Count;
                        var word = token.ToString();
                        words.Add(word);
                        vocabulary[word] = id;
                    }
                    seen.Add(id);
                });
                var features = seen.ToArray();
                Array.Sort(features);
                all[m][r] = new Response(promptIndex[list[r].Prompt], features);
            }
        }
        return Prune(view, models, prompts, words, all);
    }

    /// <summary>
    /// Drops features that occur in a single response: a one-off cannot be a habit, and counting it would only
    /// inflate the prior and the totals every over-use score is measured against.
    /// </summary>
    private static PresenceCorpus Prune(FeatureView view, string[] models, string[] prompts, List<string> words, Response[][] all)
    {
        var support = new int[words.Count];
        foreach (var response in all.SelectMany(r => r))
        {
            foreach (var g in response.Features) support[g]++;
        }
        var remap = new int[words.Count];
        var kept = new List<string>();
        for (var g = 0; g < words.Count; g++)
        {
            remap[g] = support[g] >= 2 ? kept.Count : -1;
            if (remap[g] >= 0) kept.Add(words[g]);
        }
        var pruned = all.Select(model => model.Select(r =>
            r with { Features = r.Features.Select(g => remap[g]).Where(g => g >= 0).ToArray() }).ToArray()).ToArray();
        return new PresenceCorpus(view, models, prompts, kept, pruned);
    }

    /// <summary>One response: the prompt it answered and its distinct feature ids (sorted).</summary>
    internal readonly record struct Response(int Prompt, int[] Features);
}
