namespace Probes.Core.Datasets;

/// <summary>
/// One model's recorded answer to one prompt (a line of <c>responses/&lt;model&gt;.jsonl</c>), exactly as recorded:
/// null or empty when the model gave nothing, so a replay can report it the way a live endpoint would.
/// </summary>
public sealed record RecordedResponse(string PromptId, string? Response);
