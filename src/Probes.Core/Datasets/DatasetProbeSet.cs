using System.Text;
using Probes.Core.ProbeSets;
using Probes.Core.Specs;
using Probes.Core.Text;

namespace Probes.Core.Datasets;

/// <summary>
/// A recorded dataset's prompts as a probe set, so recorded outputs go through the same work plan, records and
/// fingerprints as live ones. One probe per prompt (id = prompt id, family = subset), one variant (the prompt text).
/// </summary>
public static class DatasetProbeSet
{
    public const string NamePrefix = "dataset-";

    /// <summary>Family of prompts whose dataset names no subset.</summary>
    public const string DefaultFamily = "dataset";

    public static ProbeSet From(RecordedDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var probes = dataset.Prompts
            .Select(prompt => new Probe(prompt.PromptId, prompt.Subset ?? DefaultFamily, [prompt.Prompt]))
            .ToArray();
        // The set's name becomes part of fingerprint keys and blob names.
        return new ProbeSet(NamePrefix + SpecIdentifier.Sanitize(dataset.Name), VersionOf(dataset.Prompts), probes);
    }

    /// <summary>
    /// A short hash of the ids and texts: fingerprints are keyed by probe-set version, so an edited prompt file must
    /// never be folded together with the one it replaced, while re-reading the same file gives the same key.
    /// </summary>
    private static string VersionOf(IReadOnlyList<RecordedPrompt> prompts)
    {
        var text = new StringBuilder();
        foreach (var prompt in prompts)
        {
            text.Append(prompt.PromptId).Append('\u001f').Append(prompt.Prompt).Append('\u001e');
        }
        return StableHash.Hex(text.ToString(), 6);
    }
}
