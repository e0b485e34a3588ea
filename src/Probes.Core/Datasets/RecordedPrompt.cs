namespace Probes.Core.Datasets;

/// <summary>One instruction of a recorded dataset (a line of <c>prompts.jsonl</c>); <see cref="Subset"/> names its source.</summary>
public sealed record RecordedPrompt(string PromptId, string Prompt, string? Subset);
