using System.Text.Json.Serialization;
using Probes.Core.Specs;

namespace Probes.Core.Datasets;

/// <summary>
/// A folder of recorded model outputs: <c>prompts.jsonl</c> (<c>{"prompt_id","prompt","subset"}</c>) and one
/// <c>responses/&lt;model&gt;.jsonl</c> per model (<c>{"model","prompt_id","prompt","response"}</c>). Opening reads
/// the prompts and lists the models; responses are read per model, on demand, so a caller holds only what it uses.
/// Prompt ids are unique. Texts may repeat (collections of instructions do hold the same question twice); a replay
/// finds the recorded answer by the text it is asked and, for a shared text, by the prompt id.
/// </summary>
public sealed class RecordedDataset
{
    public const string PromptsFileName = "prompts.jsonl";
    public const string ResponsesFolderName = "responses";
    private const string ResponsesExtension = ".jsonl";

    // Every prompt of the file, also in a part: a responses file is checked against the whole file.
    private readonly Dictionary<string, RecordedPrompt> _promptById;

    private RecordedDataset(string folder, IReadOnlyList<RecordedPrompt> prompts, IReadOnlyList<string> models, Dictionary<string, RecordedPrompt>? promptById = null)
    {
        Folder = folder;
        Prompts = prompts;
        Models = models;
        _promptById = promptById ?? prompts.ToDictionary(p => p.PromptId, StringComparer.Ordinal);
    }

    /// <summary>The dataset's full path, without a trailing separator.</summary>
    public string Folder { get; }

    /// <summary>The folder's own name, e.g. <c>alpaca-eval-dev</c>.</summary>
    public string Name => Path.GetFileName(Folder);

    /// <summary>In file order.</summary>
    public IReadOnlyList<RecordedPrompt> Prompts { get; }

    /// <summary>Models with a responses file, in ordinal order.</summary>
    public IReadOnlyList<string> Models { get; }

    public static RecordedDataset Open(string folder)
    {
        var fullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (!Directory.Exists(fullPath))
        {
            throw new SpecException(fullPath, null, null, "dataset folder not found");
        }
        var promptsPath = Path.Combine(fullPath, PromptsFileName);
        if (!File.Exists(promptsPath))
        {
            throw new SpecException(promptsPath, null, null, "dataset prompts file not found");
        }
        return new RecordedDataset(fullPath, ReadPrompts(promptsPath), ListModels(fullPath));
    }

    /// <summary>
    /// Part <paramref name="part"/> of <paramref name="parts"/> (1-based): the prompts at file positions p with
    /// p mod parts = part − 1. The parts are disjoint, cover the file, and do not depend on prompt contents, so a method
    /// scored on each part in turn shows whether its figures hold on prompts it was not measured on.
    /// </summary>
    public RecordedDataset Part(int part, int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(part, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(part, parts);
        var prompts = Prompts.Where((_, position) => position % parts == part - 1).ToList();
        return new RecordedDataset(Folder, prompts, Models, _promptById);
    }

    /// <summary>Where <paramref name="model"/>'s responses are, or null for a name that cannot be a file name.</summary>
    public static string? ResponsesPath(string folder, string model) =>
        model.Length == 0 || model != Path.GetFileName(model) || model is "." or ".."
            ? null
            : Path.Combine(folder, ResponsesFolderName, model + ResponsesExtension);

    /// <summary>The prompt with this id anywhere in the file (also when this is a part of it), or null.</summary>
    public RecordedPrompt? PromptById(string promptId) => _promptById.GetValueOrDefault(promptId);

    public bool HasModel(string model) => Models.Contains(model, StringComparer.Ordinal);

    /// <summary>
    /// <paramref name="model"/>'s responses in file order, read lazily. Every line must name a prompt of this dataset
    /// once, with that prompt's exact text; a prompt the file leaves out simply has no response.
    /// </summary>
    public IEnumerable<RecordedResponse> ReadResponses(string model)
    {
        var path = HasModel(model) ? ResponsesPath(Folder, model)! : throw new KeyNotFoundException(
            $"dataset '{Name}' has no recorded responses for model '{model}' (recorded: {string.Join(", ", Models)})");
        return ReadResponses(path, model);
    }

    private IEnumerable<RecordedResponse> ReadResponses(string path, string model)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, value) in JsonLines.Read<ResponseLine>(path, "a response object"))
        {
            var promptId = Required(value.PromptId, path, line, "prompt_id");
            if (!_promptById.TryGetValue(promptId, out var prompt))
            {
                throw new SpecException(path, line, "prompt_id", $"'{promptId}' is not in {PromptsFileName}");
            }
            if (!seen.Add(promptId))
            {
                throw new SpecException(path, line, "prompt_id", $"'{promptId}' is recorded twice");
            }
            if (value.Prompt is not null && value.Prompt != prompt.Prompt)
            {
                throw new SpecException(path, line, "prompt", $"differs from the text of '{promptId}' in {PromptsFileName}");
            }
            if (value.Model is not null && value.Model != model)
            {
                throw new SpecException(path, line, "model", $"'{value.Model}' in the file of model '{model}'");
            }
            yield return new RecordedResponse(promptId, value.Response);
        }
    }

    private static List<RecordedPrompt> ReadPrompts(string path)
    {
        var prompts = new List<RecordedPrompt>();
        var lineById = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, value) in JsonLines.Read<PromptLine>(path, "a prompt object"))
        {
            var id = Required(value.PromptId, path, line, "prompt_id");
            var text = Required(value.Prompt, path, line, "prompt");
            if (!SpecIdentifier.IsValid(id))
            {
                throw new SpecException(path, line, "prompt_id", $"invalid id '{id}' (use only {SpecIdentifier.AllowedCharacters})");
            }
            if (!lineById.TryAdd(id, line))
            {
                throw new SpecException(path, line, "prompt_id", $"duplicate prompt id '{id}' (first on line {lineById[id]})");
            }
            prompts.Add(new RecordedPrompt(id, text, string.IsNullOrWhiteSpace(value.Subset) ? null : value.Subset));
        }
        return prompts.Count > 0 ? prompts : throw new SpecException(path, null, null, "the dataset has no prompts");
    }

    private static string[] ListModels(string folder)
    {
        var responses = Path.Combine(folder, ResponsesFolderName);
        return Directory.Exists(responses)
            ? Directory.EnumerateFiles(responses, "*" + ResponsesExtension)
                .Where(path => path.EndsWith(ResponsesExtension, StringComparison.Ordinal))
                .Select(path => Path.GetFileName(path)[..^ResponsesExtension.Length])
                .Where(model => model.Length > 0)
                .Order(StringComparer.Ordinal)
                .ToArray()
            : [];
    }

    private static string Required(string? value, string path, int line, string field) =>
        string.IsNullOrEmpty(value) ? throw new SpecException(path, line, field, "required field is missing or empty") : value;

    private sealed record PromptLine(
        [property: JsonPropertyName("prompt_id")] string? PromptId,
        [property: JsonPropertyName("prompt")] string? Prompt,
        [property: JsonPropertyName("subset")] string? Subset);

    private sealed record ResponseLine(
        [property: JsonPropertyName("model")] string? Model,
        [property: JsonPropertyName("prompt_id")] string? PromptId,
        [property: JsonPropertyName("prompt")] string? Prompt,
        [property: JsonPropertyName("response")] string? Response);
}
