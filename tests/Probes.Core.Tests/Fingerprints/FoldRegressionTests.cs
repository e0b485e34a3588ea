using System.Security.Cryptography;
using Probes.Core.Fingerprints;
using Probes.Core.Records;

namespace Probes.Core.Tests.Fingerprints;

/// <summary>
/// Pins what folding computes: the JSON of a fingerprint of a fixed corpus, folded whole and merged from
/// per-batch deltas as the grains build it, must stay byte for byte what it was. Speeding up a family or a
/// sketch must not move these digests; a deliberate change to a statistic updates them with its reason.
/// </summary>
public sealed class FoldRegressionTests
{
    private static readonly FingerprintKey Key = new("target", "v1", "s1");

    private static readonly List<ProbeRecord> Records = RegressionCorpus.Generate(seed: 20261129, count: 3000);

    [Fact]
    public void The_corpus_fills_the_sketches_past_capacity()
    {
        var fingerprint = Fold(Records);
        Assert.True(fingerprint.Lexical.Phrases.IsFull);
        Assert.True(fingerprint.Style.Openings.IsFull);
        Assert.True(fingerprint.Style.Shingles.IsFull);
        Assert.True(fingerprint.Lexical.Ngrams.NonZeroCount > 8192);
        Assert.True(fingerprint.PerProbe.ByPrompt.Values.Sum(prompt => prompt.Refusals) > 0);
        Assert.True(fingerprint.IdentityClaims.CutoffClaims.Count > 0);
    }

    [Fact]
    public void Folding_the_corpus_gives_the_pinned_fingerprint() =>
        Assert.Equal("0033c0a542a1c82f9f45fe408036f99b", Digest(Fold(Records)));

    [Fact]
    public void Merging_batch_deltas_gives_the_pinned_fingerprint()
    {
        var total = new Fingerprint(Key);
        foreach (var batch in Records.Chunk(50)) total.Merge(Fold(batch));
        Assert.Equal("3ec327952de64c791cab17984aa1c48f", Digest(total));
    }

    /// <summary>Every reply to one prompt: the per-prompt tables grow as large as a long campaign's.</summary>
    [Fact]
    public void Folding_the_corpus_as_replies_to_one_prompt_gives_the_pinned_fingerprint()
    {
        var onePrompt = Records.Select(record => record with { ProbeId = "probe9", Variant = 0 }).ToList();
        Assert.Equal("576f61ddc5dd6237db6eb86e75d4feed", Digest(Fold(onePrompt)));
        var total = new Fingerprint(Key);
        foreach (var batch in onePrompt.Chunk(50)) total.Merge(Fold(batch));
        Assert.Equal("2d09629083227ff5b413032c7d95b117", Digest(total));
    }

    [Fact]
    public void A_snapshot_round_trip_keeps_the_digest()
    {
        var fingerprint = Fold(Records);
        Assert.Equal(Digest(fingerprint), Digest(Fingerprint.FromJson(fingerprint.ToJson())));
    }

    private static Fingerprint Fold(IEnumerable<ProbeRecord> records)
    {
        var fingerprint = new Fingerprint(Key);
        foreach (var record in records) fingerprint.Add(record);
        return fingerprint;
    }

    private static string Digest(Fingerprint fingerprint) => Convert.ToHexStringLower(SHA256.HashData(fingerprint.ToJson()))[..32];
}
