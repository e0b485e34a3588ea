using Probes.Core.Datasets;
using Probes.Core.ProbeSets;

namespace Probes.Core.Specs;

/// <summary>Turns the probe-set references of a spec into the probe sets a work plan is built from.</summary>
public static class ProbeSetResolver
{
    public static IReadOnlyList<ProbeSet> Resolve(CampaignSpec spec, SpecEnvironment env) =>
        spec.ProbeSets.Select(reference => Resolve(reference, env)).ToArray();

    public static ProbeSet Resolve(ProbeSetReference reference, SpecEnvironment env) =>
        TryResolve(reference, env, out var problem)
        ?? throw new SpecException(reference.File ?? reference.Dataset ?? $"builtin:{reference.BuiltIn}", null, null, problem);

    /// <summary>
    /// Null with a reason when the reference points nowhere; a file or dataset that exists but is not valid throws
    /// from <see cref="ProbeSetReader"/> or <see cref="RecordedDataset"/> with that file's own name and line.
    /// </summary>
    internal static ProbeSet? TryResolve(ProbeSetReference reference, SpecEnvironment env, out string problem)
    {
        problem = string.Empty;
        if (reference.BuiltIn is { } name)
        {
            var builtIn = env.ResolveBuiltInProbeSet(name);
            if (builtIn is null)
            {
                var known = env.BuiltInProbeSetNames.Count == 0 ? string.Empty : $" (known: {string.Join(", ", env.BuiltInProbeSetNames)})";
                problem = $"unknown built-in probe set '{name}'{known}";
            }
            return builtIn;
        }
        if (reference.File is { } path && File.Exists(path))
        {
            return ProbeSetReader.ReadFile(path);
        }
        if (reference.Dataset is { } folder)
        {
            if (File.Exists(Path.Combine(folder, RecordedDataset.PromptsFileName)))
            {
                return DatasetProbeSet.From(RecordedDataset.Open(folder));
            }
            problem = Directory.Exists(folder)
                ? $"dataset folder has no {RecordedDataset.PromptsFileName}: {folder}"
                : $"dataset folder not found: {folder}";
            return null;
        }
        problem = $"probe-set file not found: {reference.File}";
        return null;
    }
}
