using Probes.Core.ProbeSets;

namespace Probes.Core.Specs;

/// <summary>
/// Reads the <c>probe_sets</c> list and loads every set it names, so a bad reference or a bad probe-set file is
/// reported with the spec, not when the first shard starts.
/// </summary>
internal static class ProbeSetReferenceReader
{
    private static readonly string[] ReferenceFields = ["builtin", "file", "dataset"];

    public static IReadOnlyList<ProbeSetReference> Read(YamlNodeReader node, string baseDirectory, SpecEnvironment env)
    {
        var items = node.Items();
        if (items.Count == 0)
        {
            throw node.Error("list at least one probe set");
        }
        var setByProbeId = new Dictionary<string, string>(StringComparer.Ordinal);
        var references = new List<ProbeSetReference>(items.Count);
        foreach (var item in items)
        {
            var (reference, field) = ReadReference(item.Mapping(ReferenceFields), baseDirectory);
            var probeSet = ProbeSetResolver.TryResolve(reference, env, out var problem) ?? throw field.Error(problem);
            // Work items and fingerprints are addressed by probe id, so ids must be unique across the whole campaign.
            foreach (var probe in probeSet.Probes)
            {
                if (!setByProbeId.TryAdd(probe.Id, probeSet.Key))
                {
                    throw field.Error($"probe id '{probe.Id}' of {probeSet.Key} is also in {setByProbeId[probe.Id]}");
                }
            }
            references.Add(reference);
        }
        return references;
    }

    private static (ProbeSetReference Reference, YamlNodeReader Field) ReadReference(YamlNodeReader item, string baseDirectory)
    {
        var builtIn = item.Optional("builtin");
        var file = item.Optional("file");
        var dataset = item.Optional("dataset");
        if (new[] { builtIn, file, dataset }.Count(field => field is not null) != 1)
        {
            throw item.Error("give exactly one of 'builtin', 'file' or 'dataset'");
        }
        if (builtIn is not null)
        {
            return (new ProbeSetReference(builtIn.Text(), null), builtIn);
        }
        return file is not null
            ? (new ProbeSetReference(null, file.FullPath(baseDirectory)), file)
            : (new ProbeSetReference(null, null, dataset!.FullPath(baseDirectory)), dataset!);
    }
}
