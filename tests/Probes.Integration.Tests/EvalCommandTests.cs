using System.Text.RegularExpressions;
using Probes.Cli.CommandLine;
using Probes.Cli.Commands;
using Probes.Connectors.Replay;
using Probes.Core.Comparison;
using Probes.Core.Evaluation;
using Probes.Storage;
using Probes.Testing;

namespace Probes.Integration.Tests;

/// <summary>
/// <c>probes eval</c> on a small recorded dataset: every model replayed through an embedded campaign, read back from
/// storage into the corpus a scorer sees, scored, printed and written as JSON.
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class EvalCommandTests : IDisposable
{
    private const string Lineage = """
        {
          "evaluation": {
            "candidates": ["teacher-1", "control_2"],
            "strong": [{ "student": "student one", "expected": ["teacher-1"] }],
            "controls": []
          }
        }
        """;

    private readonly SyntheticDataset _data = SyntheticDataset.CreateStandard();

    [Fact]
    public async Task Replays_every_model_and_hands_the_scorer_what_storage_holds()
    {
        _data.WriteRaw("lineage.json", Lineage);
        var kept = Path.Combine(_data.Root, "kept");
        var reportPath = Path.Combine(_data.Root, "report.json");
        var scorer = new SimilarityRankingScorer();
        var output = new StringWriter();

        var exit = await EvalCommand.RunAsync(Args("--dataset", _data.Folder, "--json", reportPath, "--data", kept), output, scorer, CancellationToken.None);

        Assert.True(exit == 0, output.ToString());
        var corpus = scorer.Corpus!;
        Assert.Equal(["control_2", "student one", "teacher-1"], corpus.Models);
        // The leading space and the end marker are serving artefacts; the empty and the missing answers are errors.
        Assert.Equal(new Dictionary<string, string> { ["q1"] = "Blue.", ["q2"] = "A round pot that pours tea." }, corpus.Responses["student one"]);
        Assert.Equal(4, corpus.Responses["teacher-1"].Count);
        var student = corpus.Fingerprints["student one"];
        Assert.Equal((2, 2), (student.RecordCount, student.ErrorCount));
        Assert.Equal("student_one", student.Key.TargetId);
        Assert.StartsWith("dataset-tiny-recording.v", student.Key.ProbeSetVersion, StringComparison.Ordinal);

        var report = EvalReport.FromJson(await File.ReadAllTextAsync(reportPath));
        Assert.Equal(1, report.StrongTotal);
        Assert.Equal((4, null), (report.Prompts, report.Part));
        Assert.Equal(["control_2", "teacher-1"], report.Students.Single().Ranking.Select(c => c.Candidate).Order(StringComparer.Ordinal));
        Assert.Contains("strong pairs", output.ToString(), StringComparison.Ordinal);

        var store = new ProbeStore(new LocalFolderBlobStore(kept));
        var campaign = Assert.Single(await store.ListCampaignsAsync().ToListAsync());
        var errors = await store.ReadRecordsAsync(campaign, "student_one").Where(r => !r.Succeeded).ToListAsync();
        Assert.Equal(["q3", "q4"], errors.Select(r => r.ProbeId).Order(StringComparer.Ordinal));
        Assert.All(errors, r => Assert.Equal(ReplayModelClient.EmptyKind, r.Error!.Kind));
    }

    [Fact]
    public async Task A_part_replays_every_nth_prompt_and_the_report_says_which()
    {
        _data.WriteRaw("lineage.json", Lineage);
        var reportPath = Path.Combine(_data.Root, "part.json");
        var scorer = new SimilarityRankingScorer();
        var output = new StringWriter();

        var exit = await EvalCommand.RunAsync(Args("--dataset", _data.Folder, "--part", "2/2", "--json", reportPath), output, scorer, CancellationToken.None);

        Assert.True(exit == 0, output.ToString());
        Assert.Equal(["q2", "q4"], scorer.Corpus!.Responses["teacher-1"].Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["q2"], scorer.Corpus.Responses["student one"].Keys);
        Assert.Contains("on 2 of 4 prompts (part 2/2)", output.ToString(), StringComparison.Ordinal);
        var report = EvalReport.FromJson(await File.ReadAllTextAsync(reportPath));
        Assert.Equal((2, "2/2"), (report.Prompts, report.Part));
    }

    [Fact]
    public async Task Prompts_that_share_a_text_each_get_their_own_recorded_answer()
    {
        using var shared = SyntheticDataset.Create("shared-texts")
            .WithPrompts(("a", "Same question?", null), ("b", "Same question?", null), ("c", "Another one?", null))
            .WithModel("t", ("a", "First answer."), ("b", "Second answer."), ("c", "Third answer."))
            .WithModel("u", ("a", "One."), ("b", "Two."), ("c", "Three."))
            .WithModel("s", ("a", "Alpha."), ("b", "Beta."), ("c", "Gamma."));
        shared.WriteRaw("lineage.json", """
            { "evaluation": { "candidates": ["t", "u"], "strong": [{ "student": "s", "expected": ["t"] }], "controls": [] } }
            """);
        var scorer = new SimilarityRankingScorer();
        var output = new StringWriter();

        var exit = await EvalCommand.RunAsync(Args("--dataset", shared.Folder), output, scorer, CancellationToken.None);

        Assert.True(exit == 0, output.ToString());
        Assert.Equal(new Dictionary<string, string> { ["a"] = "First answer.", ["b"] = "Second answer.", ["c"] = "Third answer." }, scorer.Corpus!.Responses["t"]);
        Assert.Equal(3, scorer.Corpus.Fingerprints["s"].RecordCount);
        Assert.Equal(0, scorer.Corpus.Fingerprints["s"].ErrorCount);
    }

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("1/1")]
    [InlineData("half")]
    [InlineData("1/2/3")]
    [InlineData("5/9")]
    public async Task A_part_that_is_not_k_of_n_or_holds_no_prompt_is_refused_before_replaying(string part)
    {
        _data.WriteRaw("lineage.json", Lineage);

        var refused = await Assert.ThrowsAsync<UsageException>(() =>
            EvalCommand.RunAsync(Args("--dataset", _data.Folder, "--part", part), TextWriter.Null, new SimilarityRankingScorer(), CancellationToken.None));

        Assert.Contains(part, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_data_the_records_are_deleted_after_scoring()
    {
        _data.WriteRaw("lineage.json", Lineage);
        var output = new StringWriter();

        var exit = await EvalCommand.RunAsync(Args("--dataset", _data.Folder), output, new SimilarityRankingScorer(), CancellationToken.None);

        Assert.True(exit == 0, output.ToString());
        var folder = StorageFolder().Match(output.ToString());
        Assert.True(folder.Success, output.ToString());
        Assert.False(Directory.Exists(folder.Groups[1].Value));
    }

    [Fact]
    public async Task A_dataset_without_lineage_or_naming_unrecorded_models_is_refused_before_replaying()
    {
        var noLineage = await Assert.ThrowsAsync<UsageException>(() =>
            EvalCommand.RunAsync(Args("--dataset", _data.Folder), TextWriter.Null, new SimilarityRankingScorer(), CancellationToken.None));
        _data.WriteRaw("lineage.json", Lineage.Replace("\"control_2\"]", "\"gpt-imaginary\"]", StringComparison.Ordinal));
        var unrecorded = await Assert.ThrowsAsync<KeyNotFoundException>(() =>
            EvalCommand.RunAsync(Args("--dataset", _data.Folder), TextWriter.Null, new SimilarityRankingScorer(), CancellationToken.None));

        Assert.Contains("lineage.json", noLineage.Message, StringComparison.Ordinal);
        Assert.Contains("gpt-imaginary", unrecorded.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();

    // The command line as Program.cs parses it for eval: no bare flags, so --json takes the report file.
    private static Arguments Args(params string[] args) => new(args, new HashSet<string>(StringComparer.Ordinal));

    [GeneratedRegex(@"local folder (\S+)")]
    private static partial Regex StorageFolder();

    /// <summary>Ranks candidates by the combined fingerprint similarity and names no parent; keeps what it was given.</summary>
    private sealed class SimilarityRankingScorer : IEvalScorer
    {
        public EvalCorpus? Corpus { get; private set; }

        public EvalReport Score(EvalCorpus corpus, LineageEvaluation evaluation)
        {
            Corpus = corpus;
            var judgements = evaluation.Students.ToDictionary(
                s => s.Student,
                s => new StudentJudgement(
                    evaluation.Candidates
                        .Select(c => new CandidateScore(c, Similarity(corpus, s.Student, c)))
                        .OrderByDescending(c => c.Score)
                        .ToList(),
                    []));
            return EvalMetrics.Compute(evaluation, judgements);
        }

        private static double Similarity(EvalCorpus corpus, string a, string b) =>
            FingerprintSimilarity.Compare(corpus.Fingerprints[a], corpus.Fingerprints[b]).Combined is var combined && double.IsFinite(combined) ? combined : 0;
    }
}
