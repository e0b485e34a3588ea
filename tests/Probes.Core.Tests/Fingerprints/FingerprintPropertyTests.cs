using Probes.Core.Fingerprints;
using Probes.Core.Fingerprints.Families;
using Probes.Core.Records;

namespace Probes.Core.Tests.Fingerprints;

/// <summary>
/// The contract the grains rely on: folding is order-free, merging equals folding the union (so per-batch
/// deltas can be applied in any grouping), and a snapshot restores exactly what was saved.
/// </summary>
public sealed class FingerprintPropertyTests
{
    private static readonly FingerprintKey Key = new("target", "v1", "s1");

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    private static Fingerprint Fold(IEnumerable<ProbeRecord> records)
    {
        var fingerprint = new Fingerprint(Key);
        foreach (var record in records) fingerprint.Add(record);
        return fingerprint;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Merging_the_fingerprints_of_a_partition_equals_the_fingerprint_of_the_union(int seed)
    {
        var records = GeneratedRecords.Generate(seed, 300);
        var random = new Random(seed + 100);
        var inA = records.Select(_ => random.Next(2) == 0).ToList();
        var merged = Fold(records.Where((_, i) => inA[i]));
        merged.Merge(Fold(records.Where((_, i) => !inA[i])));

        var whole = Fold(records);
        AssertExercised(whole);
        JsonEquivalence.AssertEquivalent(whole.ToJson(), merged.ToJson());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Merging_many_parts_in_any_grouping_equals_the_whole(int seed)
    {
        var records = GeneratedRecords.Generate(seed, 400);
        var parts = records.Chunk(37).Select(Fold).ToList();
        var random = new Random(seed);
        while (parts.Count > 1)
        {
            var i = random.Next(parts.Count);
            var j = (i + 1 + random.Next(parts.Count - 1)) % parts.Count;
            parts[i].Merge(parts[j]);
            parts.RemoveAt(j);
        }
        JsonEquivalence.AssertEquivalent(Fold(records).ToJson(), parts[0].ToJson());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_order_of_adding_records_does_not_matter(int seed)
    {
        var records = GeneratedRecords.Generate(seed, 300);
        JsonEquivalence.AssertEquivalent(Fold(records).ToJson(), Fold(GeneratedRecords.Shuffled(records, seed)).ToJson());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Json_round_trip_preserves_everything(int seed)
    {
        var records = GeneratedRecords.Generate(seed, 300);
        var original = Fold(records.Take(200));
        var json = original.ToJson();
        var restored = Fingerprint.FromJson(json);
        Assert.Equal(json, restored.ToJson());
        Assert.Equal((original.Key, original.RecordCount, original.ErrorCount), (restored.Key, restored.RecordCount, restored.ErrorCount));

        // A restored fingerprint keeps folding exactly like the one that was saved.
        foreach (var record in records.Skip(200))
        {
            original.Add(record);
            restored.Add(record);
        }
        Assert.Equal(original.ToJson(), restored.ToJson());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Clone_is_equal_and_independent(int seed)
    {
        var records = GeneratedRecords.Generate(seed, 100);
        var original = Fold(records);
        var clone = original.Clone();
        Assert.Equal(original.ToJson(), clone.ToJson());
        clone.Add(TestRecords.Success("p0", "something new entirely"));
        clone.Merge(clone);
        JsonEquivalence.AssertEquivalent(Fold(records).ToJson(), original.ToJson());
        Assert.Equal(2 * (original.RecordCount + 1), clone.RecordCount);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Pipeline_artefacts_around_a_response_change_no_statistic(int seed)
    {
        var records = GeneratedRecords.Generate(seed, 200);
        var decorated = records.Select((record, i) => record.Response is null ? record : record with
        {
            Response = (i % 3) switch
            {
                0 => " " + record.Response,
                1 => record.Response + "</s>",
                _ => record.Response + " \n\t ",
            },
        });
        Assert.Equal(Fold(records).ToJson(), Fold(decorated).ToJson());
    }

    /// <summary>Guards against a generator that stops producing what the properties are meant to cover.</summary>
    private static void AssertExercised(Fingerprint fingerprint)
    {
        Assert.True(fingerprint.ErrorCount > 0);
        Assert.Equal(6, fingerprint.Answers.ByProbe.Count);
        Assert.True(fingerprint.Identity.MentionsOf("anthropic") > 0 && fingerprint.Identity.MentionsOf("openai") > 0);
        Assert.All(FormatDetector.All, marker => Assert.True(fingerprint.Format.CountOf(marker) > 0, $"{marker} never seen"));
        Assert.True(fingerprint.Lexical.Phrases.Count > 50 && !fingerprint.Lexical.Phrases.IsFull);
        Assert.True(fingerprint.Lexical.Ngrams.NonZeroCount > 100);

        var prompts = fingerprint.PerProbe.ByPrompt;
        Assert.True(prompts.Count >= 9);
        Assert.True(prompts["p0#0"].GreedyOutputs.Count > 1 && prompts["p0#0"].DeterminismRate < 1);
        Assert.All(prompts.Values, statistics => Assert.False(statistics.GreedyOutputs.IsFull || statistics.FinishReasons.IsFull));
        Assert.True(prompts.Values.Sum(statistics => statistics.Refusals) > 0);
        Assert.True(prompts.Values.Sum(statistics => statistics.ThinkTags) > 0);
        Assert.True(prompts.Values.Sum(statistics => statistics.LanguageSwitches) > 0);
        Assert.True(fingerprint.Style.Openings.Count > 20 && !fingerprint.Style.Openings.IsFull);
        Assert.True(fingerprint.Style.Shingles.Count > 50 && fingerprint.Style.FunctionWordCounts.Values.Sum() > 0);
        Assert.True(fingerprint.IdentityClaims.BySplit.Keys.Count() >= 3 && fingerprint.IdentityClaims.BySplit.ContainsKey("latin/wrapped"));
        Assert.True(fingerprint.IdentityClaims.CutoffClaims.ContainsKey("2023-10"));
        Assert.Contains(fingerprint.Service.PromptTokens.Values, counts => counts.Count > 1);
        Assert.True(fingerprint.Service.ReturnedModels.Count == 2 && fingerprint.Service.LatencyMs.Count == fingerprint.RecordCount);
    }
}
