using Probes.Core.Comparison.Lineage;

namespace Probes.Core.Tests.Comparison.Lineage;

public sealed class SignatureLineageTestTests
{
    private const int Prompts = 60;

    private static LineageCorpus World(bool withStudent)
    {
        var responses = new Dictionary<string, IReadOnlyList<(string Prompt, string? Text)>>
        {
            ["teacher"] = LineageWorld.Model(habitsSeed: 1, sampleSeed: 101, Prompts),
            ["other-a"] = LineageWorld.Model(habitsSeed: 2, sampleSeed: 102, Prompts),
            ["other-b"] = LineageWorld.Model(habitsSeed: 3, sampleSeed: 103, Prompts),
            ["other-c"] = LineageWorld.Model(habitsSeed: 4, sampleSeed: 104, Prompts),
            ["loner"] = LineageWorld.Model(habitsSeed: 5, sampleSeed: 105, Prompts),
            ["bystander"] = LineageWorld.Model(habitsSeed: 6, sampleSeed: 106, Prompts),
        };
        if (withStudent)
        {
            responses["student"] = LineageWorld.Model(habitsSeed: 7, sampleSeed: 107, Prompts, teacher: (1, 0.7));
        }
        return LineageCorpus.Build(responses);
    }

    private static readonly string[] s_candidates = ["teacher", "other-a", "other-b", "other-c"];

    [Fact]
    public void A_student_names_its_teacher_with_the_words_it_inherited()
    {
        var verdict = SignatureLineageTest.Run(World(withStudent: true), ["student"], s_candidates, new LineageOptions { Replicates = 60 })[0];

        Assert.Equal("teacher", verdict.Ranking[0].Candidate);
        Assert.Equal(["teacher"], verdict.Parents);
        // What drives it is the teacher's own over-use: its favourite words (or its favourite opening).
        var (opening, favourites) = LineageWorld.Habits(1);
        var inherited = verdict.Ranking[0].Drivers.Count(d => favourites.Any(f => d.StartsWith($"\"{f}\"", StringComparison.Ordinal)) || d.StartsWith($"\"{opening}\"", StringComparison.Ordinal));
        Assert.True(inherited >= verdict.Ranking[0].Drivers.Count / 2, string.Join(", ", verdict.Ranking[0].Drivers));
        Assert.All(verdict.Ranking.Skip(1), c => Assert.True(c.PValue <= 0.05, $"{c.Candidate} p {c.PValue}"));
        Assert.Equal(s_candidates.Length, verdict.Ranking.Count);
    }

    [Fact]
    public void A_model_with_no_parent_among_the_candidates_gets_none()
    {
        var verdict = SignatureLineageTest.Run(World(withStudent: false), ["loner"], s_candidates, new LineageOptions { Replicates = 60 })[0];

        Assert.Empty(verdict.Parents);
        Assert.StartsWith("no parent named", verdict.Verdict);
    }

    [Fact]
    public void The_same_seed_gives_the_same_verdict_and_scores()
    {
        var corpus = World(withStudent: true);
        var first = SignatureLineageTest.Run(corpus, ["student", "loner"], s_candidates, new LineageOptions { Replicates = 30 });
        var second = SignatureLineageTest.Run(corpus, ["student", "loner"], s_candidates, new LineageOptions { Replicates = 30 });
        Assert.Equal(first.Select(v => v.Verdict), second.Select(v => v.Verdict));
        Assert.Equal(first[0].Ranking.Select(c => c.PValue), second[0].Ranking.Select(c => c.PValue));
    }

    [Fact]
    public void A_student_is_never_its_own_candidate()
    {
        var verdict = SignatureLineageTest.Run(World(withStudent: true), ["teacher"], ["teacher", "other-a", "student"], new LineageOptions { Replicates = 20 })[0];
        Assert.DoesNotContain(verdict.Ranking, c => c.Candidate == "teacher");
    }

    [Fact]
    public void A_candidate_that_over_uses_nothing_is_still_ranked_on_the_view_it_has()
    {
        var responses = new Dictionary<string, IReadOnlyList<(string Prompt, string? Text)>>
        {
            ["teacher"] = LineageWorld.Model(habitsSeed: 1, sampleSeed: 101, Prompts),
            ["other-a"] = LineageWorld.Model(habitsSeed: 2, sampleSeed: 102, Prompts),
            ["other-b"] = LineageWorld.Model(habitsSeed: 3, sampleSeed: 103, Prompts),
            ["bystander"] = LineageWorld.Model(habitsSeed: 6, sampleSeed: 106, Prompts),
            ["silent"] = Enumerable.Range(0, Prompts).Select(p => ($"p{p:D3}", (string?)null)).ToList(),
            ["student"] = LineageWorld.Model(habitsSeed: 7, sampleSeed: 107, Prompts, teacher: (1, 0.7)),
        };

        var verdict = SignatureLineageTest.Run(LineageCorpus.Build(responses), ["student"], ["teacher", "other-a", "other-b", "silent"], new LineageOptions { Replicates = 30 })[0];

        // With no signature of its own, it is scored on the one view it has: it explains none of the student's habits.
        Assert.Equal(["other-a", "other-b", "silent", "teacher"], verdict.Ranking.Select(c => c.Candidate).Order());
        Assert.Equal("teacher", verdict.Ranking[0].Candidate);
        Assert.True(double.IsFinite(verdict.Ranking.Single(c => c.Candidate == "silent").Score));
        Assert.Equal(["teacher"], verdict.Parents);
    }

    [Fact]
    public void A_rival_that_descends_from_the_best_says_so()
    {
        var responses = new Dictionary<string, IReadOnlyList<(string Prompt, string? Text)>>
        {
            ["teacher"] = LineageWorld.Model(habitsSeed: 1, sampleSeed: 101, Prompts),
            ["sibling"] = LineageWorld.Model(habitsSeed: 8, sampleSeed: 108, Prompts, teacher: (1, 0.7)),
            ["other-a"] = LineageWorld.Model(habitsSeed: 2, sampleSeed: 102, Prompts),
            ["other-b"] = LineageWorld.Model(habitsSeed: 3, sampleSeed: 103, Prompts),
            ["bystander"] = LineageWorld.Model(habitsSeed: 6, sampleSeed: 106, Prompts),
            ["student"] = LineageWorld.Model(habitsSeed: 7, sampleSeed: 107, Prompts, teacher: (1, 0.7)),
        };
        var verdict = SignatureLineageTest.Run(LineageCorpus.Build(responses), ["student"], ["teacher", "sibling", "other-a", "other-b"], new LineageOptions { Replicates = 30 })[0];

        var sibling = verdict.Ranking.Single(c => c.Candidate == "sibling");
        Assert.Equal("teacher", sibling.ClosestCandidate);
        Assert.Equal("sibling", verdict.Ranking.Single(c => c.Candidate == "teacher").ClosestCandidate);
    }
}
