using System.Text.Json;

namespace Probes.Testing;

/// <summary>
/// A small recorded dataset written by a test, in the recorded-dataset format (<c>prompts.jsonl</c>,
/// <c>responses/&lt;model&gt;.jsonl</c>), in a fresh temp folder that is deleted on dispose. The dataset folder sits
/// inside <see cref="Root"/>, so a spec written to the root can name it by a relative path.
/// </summary>
public sealed class SyntheticDataset : IDisposable
{
    private readonly Dictionary<string, string> _promptById = new(StringComparer.Ordinal);

    private SyntheticDataset(string name)
    {
        Root = Directory.CreateTempSubdirectory("probes-dataset-").FullName;
        Folder = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.Combine(Folder, "responses"));
    }

    public string Root { get; }

    public string Folder { get; }

    public static SyntheticDataset Create(string name = "tiny-recording") => new(name);

    /// <summary>
    /// Four prompts and three models: <c>teacher-1</c> and <c>control_2</c> answer everything; <c>student one</c>
    /// answers q1 with serving artefacts around it (a leading space, a trailing end marker), q3 with nothing, and has
    /// no line for q4.
    /// </summary>
    public static SyntheticDataset CreateStandard(string name = "tiny-recording") => Create(name)
        .WithPrompts(
            ("q1", "Name the colour of a clear daytime sky.", "gene"),
            ("q2", "Describe a teapot in one sentence.", "style"),
            ("q3", "What is two plus two?", "gene"),
            ("q4", "Say hello in French.", null))
        .WithModel("teacher-1", ("q1", "Blue."), ("q2", "A teapot is a lidded pot with a spout."), ("q3", "Four."), ("q4", "Bonjour !"))
        .WithModel("student one", ("q1", " Blue.</s>"), ("q2", "A round pot that pours tea."), ("q3", ""))
        .WithModel("control_2", ("q1", "Azure"), ("q2", "It holds tea."), ("q3", "4"), ("q4", "Salut."));

    public string PromptText(string promptId) => _promptById[promptId];

    public SyntheticDataset WithPrompts(params (string Id, string Prompt, string? Subset)[] prompts)
    {
        var lines = prompts.Select(p => JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["prompt_id"] = p.Id,
            ["prompt"] = p.Prompt,
            ["subset"] = p.Subset,
        }));
        File.WriteAllLines(Path.Combine(Folder, "prompts.jsonl"), lines);
        foreach (var prompt in prompts)
        {
            _promptById[prompt.Id] = prompt.Prompt;
        }
        return this;
    }

    /// <summary>One line per response, with the prompt's text when the prompt is known; a null response is written as null.</summary>
    public SyntheticDataset WithModel(string model, params (string PromptId, string? Response)[] responses)
    {
        var lines = responses.Select(r => JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["model"] = model,
            ["prompt_id"] = r.PromptId,
            ["prompt"] = _promptById.GetValueOrDefault(r.PromptId),
            ["response"] = r.Response,
        }));
        File.WriteAllLines(ResponsesPath(model), lines);
        return this;
    }

    public string ResponsesPath(string model) => Path.Combine(Folder, "responses", model + ".jsonl");

    /// <summary>Writes text as it is, for files that break the format on purpose.</summary>
    public string WriteRaw(string relativePath, string text)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
