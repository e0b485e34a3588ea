namespace Probes.Core.Comparison.Lineage;

/// <summary>The same responses seen through each <see cref="FeatureView"/>; models and prompts line up across views.</summary>
public sealed class LineageCorpus
{
    private LineageCorpus(PresenceCorpus words, PresenceCorpus openings, PresenceCorpus leadingWords)
    {
        Words = words;
        Openings = openings;
        LeadingWords = leadingWords;
    }

    public PresenceCorpus Words { get; }

    public PresenceCorpus Openings { get; }

    public PresenceCorpus LeadingWords { get; }

    public IReadOnlyList<string> Models => Words.Models;

    public int PromptCount => Words.Prompts.Count;

    public static LineageCorpus Build(IReadOnlyDictionary<string, IReadOnlyList<(string Prompt, string? Text)>> responses)
    {
        var views = new PresenceCorpus[3];
        Parallel.For(0, 3, v => views[v] = PresenceCorpus.Build(responses, (FeatureView)v));
        return new LineageCorpus(views[(int)FeatureView.Words], views[(int)FeatureView.Openings], views[(int)FeatureView.LeadingWords]);
    }
}
