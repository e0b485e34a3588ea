using Probes.Core.Datasets;
using Probes.Core.Specs;
using Probes.Core.Tests.Specs;
using Probes.Testing;

namespace Probes.Core.Tests.Datasets;

/// <summary>Reading a recorded dataset folder: prompts, models, responses as recorded, and every format mistake located.</summary>
public sealed class RecordedDatasetTests
{
    [Fact]
    public void Opens_the_prompts_in_file_order_and_lists_models_in_ordinal_order()
    {
        using var data = SyntheticDataset.CreateStandard();

        var dataset = RecordedDataset.Open(data.Folder + Path.DirectorySeparatorChar);

        Assert.Equal(data.Folder, dataset.Folder);
        Assert.Equal("tiny-recording", dataset.Name);
        Assert.Equal(["q1", "q2", "q3", "q4"], dataset.Prompts.Select(p => p.PromptId));
        Assert.Equal(new RecordedPrompt("q2", "Describe a teapot in one sentence.", "style"), dataset.Prompts[1]);
        Assert.Null(dataset.Prompts[3].Subset);
        Assert.Equal(["control_2", "student one", "teacher-1"], dataset.Models);
    }

    [Fact]
    public void Two_prompts_may_share_a_text_and_keep_their_own_responses()
    {
        using var data = SyntheticDataset.Create()
            .WithPrompts(("a", "Same?", null), ("b", "Same?", null))
            .WithModel("m", ("a", "first"), ("b", "second"));

        var dataset = RecordedDataset.Open(data.Folder);

        Assert.Equal(["a", "b"], dataset.Prompts.Select(p => p.PromptId));
        Assert.Equal(["first", "second"], dataset.ReadResponses("m").Select(r => r.Response));
    }

    [Fact]
    public void Parts_are_disjoint_cover_the_file_and_still_read_every_recorded_response()
    {
        using var data = SyntheticDataset.CreateStandard();
        var dataset = RecordedDataset.Open(data.Folder);

        var first = dataset.Part(1, 3);
        var parts = Enumerable.Range(1, 3).Select(k => dataset.Part(k, 3).Prompts.Select(p => p.PromptId).ToList()).ToList();

        Assert.Equal(["q1", "q4"], parts[0]);
        Assert.Equal(["q2"], parts[1]);
        Assert.Equal(["q3"], parts[2]);
        Assert.Equal(dataset.Prompts.Select(p => p.PromptId).Order(), parts.SelectMany(p => p).Order());
        // A responses file is still checked against the whole prompt file, so a part reads what a model recorded.
        Assert.Equal(["q1", "q2", "q3", "q4"], first.ReadResponses("teacher-1").Select(r => r.PromptId));
        Assert.Equal((dataset.Name, dataset.Models), (first.Name, first.Models));
        Assert.Throws<ArgumentOutOfRangeException>(() => dataset.Part(1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => dataset.Part(0, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => dataset.Part(3, 2));
    }

    [Fact]
    public void Reads_responses_exactly_as_recorded_and_leaves_out_prompts_a_model_has_no_line_for()
    {
        using var data = SyntheticDataset.CreateStandard();

        var responses = RecordedDataset.Open(data.Folder).ReadResponses("student one").ToList();

        Assert.Equal(
            [new RecordedResponse("q1", " Blue.</s>"), new RecordedResponse("q2", "A round pot that pours tea."), new RecordedResponse("q3", "")],
            responses);
    }

    [Fact]
    public void A_null_response_and_blank_lines_are_accepted()
    {
        using var data = SyntheticDataset.Create().WithPrompts(("a", "First?", null), ("b", "Second?", null));
        data.WriteRaw("responses/m.jsonl", "\n{\"prompt_id\":\"a\",\"response\":null}\n\n{\"prompt_id\":\"b\",\"response\":\"Yes.\"}\n");

        var responses = RecordedDataset.Open(data.Folder).ReadResponses("m").ToList();

        Assert.Equal([new RecordedResponse("a", null), new RecordedResponse("b", "Yes.")], responses);
    }

    [Fact]
    public void An_unknown_model_lists_the_recorded_ones()
    {
        using var data = SyntheticDataset.CreateStandard();

        var error = Assert.Throws<KeyNotFoundException>(() => RecordedDataset.Open(data.Folder).ReadResponses("teacher-9").ToList());

        Assert.Contains("'teacher-9'", error.Message, StringComparison.Ordinal);
        Assert.Contains("control_2, student one, teacher-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_or_prompts_file_is_named()
    {
        using var data = SyntheticDataset.Create();
        var absent = Path.Combine(data.Root, "absent");

        Assert.Equal($"{absent}: dataset folder not found", Assert.Throws<SpecException>(() => RecordedDataset.Open(absent)).Message);
        var error = Assert.Throws<SpecException>(() => RecordedDataset.Open(data.Folder));
        Assert.Equal(Path.Combine(data.Folder, "prompts.jsonl"), error.File);
        Assert.Contains("prompts file not found", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"prompt_id\":\"a\",\"prompt\":\"One?\"}\n{\"prompt_id\":\"a\",\"prompt\":\"Two?\"}\n", 2, "prompt_id", "duplicate prompt id 'a' (first on line 1)")]
    [InlineData("{\"prompt_id\":\"a\",\"prompt\":\"One?\"}\n{\"prompt\":\"Two?\"}\n", 2, "prompt_id", "required field is missing or empty")]
    [InlineData("{\"prompt_id\":\"a\",\"prompt\":\"\"}\n", 1, "prompt", "required field is missing or empty")]
    [InlineData("{\"prompt_id\":\"a b\",\"prompt\":\"One?\"}\n", 1, "prompt_id", "invalid id 'a b'")]
    [InlineData("{\"prompt_id\":\"a\",\"prompt\":\"One?\"}\n{\"prompt_id\":\"b\",\"prompt\":7}\n", 2, null, "expected a prompt object")]
    [InlineData("{\"prompt_id\":\"a\",\"prompt\":\"One?\"}\nnot json\n", 2, null, "expected a prompt object")]
    public void Prompt_file_mistakes_are_located(string prompts, int line, string? field, string problem)
    {
        using var data = SyntheticDataset.Create();
        var path = data.WriteRaw("prompts.jsonl", prompts);

        var error = Assert.Throws<SpecException>(() => RecordedDataset.Open(data.Folder));

        SpecAssert.Located(error, path, line, field, problem);
    }

    [Fact]
    public void An_empty_prompt_file_is_rejected()
    {
        using var data = SyntheticDataset.Create();
        data.WriteRaw("prompts.jsonl", "\n");

        Assert.Contains("has no prompts", Assert.Throws<SpecException>(() => RecordedDataset.Open(data.Folder)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"prompt_id\":\"zz\",\"response\":\"x\"}", "prompt_id", "'zz' is not in prompts.jsonl")]
    [InlineData("{\"prompt_id\":\"q1\",\"prompt\":\"Name the colour of grass.\",\"response\":\"x\"}", "prompt", "differs from the text of 'q1'")]
    [InlineData("{\"prompt_id\":\"q1\",\"model\":\"someone-else\",\"response\":\"x\"}", "model", "'someone-else' in the file of model 'm'")]
    [InlineData("{\"prompt_id\":\"q2\",\"response\":\"x\"}", "prompt_id", "'q2' is recorded twice")]
    public void Response_file_mistakes_are_located(string secondLine, string field, string problem)
    {
        using var data = SyntheticDataset.CreateStandard();
        var path = data.WriteRaw("responses/m.jsonl", "{\"prompt_id\":\"q2\",\"response\":\"first\"}\n" + secondLine + "\n");

        var error = Assert.Throws<SpecException>(() => RecordedDataset.Open(data.Folder).ReadResponses("m").ToList());

        SpecAssert.Located(error, path, 2, field, problem);
    }

    [Theory]
    [InlineData("org/model")]
    [InlineData("..")]
    [InlineData("")]
    public void Model_names_that_are_not_file_names_have_no_responses_path(string model) =>
        Assert.Null(RecordedDataset.ResponsesPath("/data/set", model));
}
