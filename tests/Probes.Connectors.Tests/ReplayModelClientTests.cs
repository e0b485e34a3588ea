using Probes.Connectors.Replay;
using Probes.Core.Specs;
using Probes.Testing;

namespace Probes.Connectors.Tests;

/// <summary>The replay provider: recorded answers by prompt text (and probe id), and the errors a live endpoint would give.</summary>
public sealed class ReplayModelClientTests
{
    private static readonly ModelCall Call = new("unused", new SamplingSettings(0.7, 64, null), 1);

    [Fact]
    public async Task Answers_with_the_response_recorded_for_the_prompt_text()
    {
        using var data = SyntheticDataset.CreateStandard();
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(Replay("teacher-1", data.Folder));

        var reply = await client.CompleteAsync(Call with { Prompt = data.PromptText("q2") }, CancellationToken.None);

        Assert.IsType<ReplayModelClient>(client);
        Assert.Equal("A teapot is a lidded pot with a spout.", reply.Text);
        Assert.Null(reply.Error);
        Assert.Equal("teacher-1", reply.ReturnedModel);
        Assert.Equal(TimeSpan.Zero, reply.Latency);
        Assert.Equal(1, reply.Attempts);
        Assert.Null(reply.PromptTokens);
        Assert.Null(reply.CompletionTokens);
    }

    [Fact]
    public async Task Responses_keep_what_the_recording_holds_and_sampling_changes_nothing()
    {
        using var data = SyntheticDataset.CreateStandard();
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(Replay("student one", data.Folder));

        var first = await client.CompleteAsync(Call with { Prompt = data.PromptText("q1") }, CancellationToken.None);
        var greedy = await client.CompleteAsync(new ModelCall(data.PromptText("q1"), new SamplingSettings(0, 8, "Be terse."), 99), CancellationToken.None);

        Assert.Equal(" Blue.</s>", first.Text);
        Assert.Equal(first, greedy);
    }

    [Fact]
    public async Task An_empty_or_missing_recorded_response_is_an_empty_reply()
    {
        using var data = SyntheticDataset.CreateStandard();
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(Replay("student one", data.Folder));

        var empty = await client.CompleteAsync(Call with { Prompt = data.PromptText("q3") }, CancellationToken.None);
        var missing = await client.CompleteAsync(Call with { Prompt = data.PromptText("q4") }, CancellationToken.None);

        Assert.Equal(ReplayModelClient.EmptyKind, empty.Error?.Kind);
        Assert.Equal(ReplayModelClient.EmptyKind, missing.Error?.Kind);
        Assert.Contains("'q4'", missing.Error!.Message, StringComparison.Ordinal);
        Assert.Null(missing.Text);
    }

    [Fact]
    public async Task A_prompt_the_dataset_never_recorded_is_not_recorded()
    {
        using var data = SyntheticDataset.CreateStandard();
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(Replay("teacher-1", data.Folder));

        var near = await client.CompleteAsync(Call with { Prompt = data.PromptText("q2") + " " }, CancellationToken.None);

        Assert.Equal(ReplayModelClient.NotRecordedKind, near.Error?.Kind);
        Assert.Null(near.Text);
        Assert.Equal("teacher-1", near.ReturnedModel);
    }

    [Fact]
    public async Task Prompts_that_share_a_text_are_told_apart_by_the_probe_id()
    {
        using var data = SyntheticDataset.Create()
            .WithPrompts(("a", "Same?", null), ("b", "Same?", null), ("c", "Other?", null))
            .WithModel("m", ("a", "first"), ("b", "second"), ("c", "third"));
        using var host = ConnectorTestHost.Create();
        var client = host.Factory.Create(Replay("m", data.Folder));

        var first = await client.CompleteAsync(Call with { Prompt = "Same?", ProbeId = "a" }, CancellationToken.None);
        var second = await client.CompleteAsync(Call with { Prompt = "Same?", ProbeId = "b" }, CancellationToken.None);
        var unnamed = await client.CompleteAsync(Call with { Prompt = "Same?" }, CancellationToken.None);
        var otherText = await client.CompleteAsync(Call with { Prompt = "Other?", ProbeId = "a" }, CancellationToken.None);

        Assert.Equal(("first", "second"), (first.Text, second.Text));
        Assert.Equal(ReplayModelClient.NotRecordedKind, unnamed.Error?.Kind);
        // A probe id names a prompt only together with its text; a unique text still finds its own recording.
        Assert.Equal("third", otherText.Text);
    }

    [Fact]
    public void Targets_of_one_folder_share_one_loaded_recording()
    {
        using var data = SyntheticDataset.CreateStandard();
        using var host = ConnectorTestHost.Create();
        var recordings = host.Get<ReplayRecordings>();

        var loaded = Enumerable.Range(0, 16).AsParallel()
            .Select(i => recordings.Get(i % 2 == 0 ? data.Folder : data.Folder + Path.DirectorySeparatorChar))
            .Distinct()
            .ToList();

        Assert.Single(loaded);
        Assert.Same(loaded[0].ResponsesOf("teacher-1"), loaded[0].ResponsesOf("teacher-1"));
    }

    [Fact]
    public async Task A_recording_read_once_is_served_from_memory()
    {
        using var data = SyntheticDataset.CreateStandard();
        using var host = ConnectorTestHost.Create();
        _ = host.Factory.Create(Replay("teacher-1", data.Folder));
        File.Delete(data.ResponsesPath("teacher-1"));

        var reply = await host.Factory.Create(Replay("teacher-1", data.Folder))
            .CompleteAsync(Call with { Prompt = data.PromptText("q3") }, CancellationToken.None);

        Assert.Equal("Four.", reply.Text);
    }

    [Fact]
    public void A_replay_target_without_a_dataset_or_with_an_unrecorded_model_fails_at_creation()
    {
        using var data = SyntheticDataset.CreateStandard();
        using var host = ConnectorTestHost.Create();

        var noDataset = Assert.Throws<ArgumentException>(() => host.Factory.Create(Replay("teacher-1", null)));
        var unknownModel = Assert.Throws<KeyNotFoundException>(() => host.Factory.Create(Replay("teacher-9", data.Folder)));

        Assert.Contains("names no dataset folder", noDataset.Message, StringComparison.Ordinal);
        Assert.Contains("'teacher-9'", unknownModel.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dataset_that_failed_to_load_is_read_again_on_the_next_request()
    {
        using var data = SyntheticDataset.CreateStandard();
        using var host = ConnectorTestHost.Create();
        var recordings = host.Get<ReplayRecordings>();
        var prompts = File.ReadAllText(Path.Combine(data.Folder, "prompts.jsonl"));
        data.WriteRaw("prompts.jsonl", "not json\n");

        Assert.ThrowsAny<SpecException>(() => recordings.Get(data.Folder));
        data.WriteRaw("prompts.jsonl", prompts);

        Assert.Equal(4, recordings.Get(data.Folder).Dataset.Prompts.Count);
    }

    private static TargetSpec Replay(string model, string? dataset) =>
        new("replay-1", KnownProviders.Replay, model, null, null, RateSettings.Default, dataset);
}
