using Probes.Core.Specs;

namespace Probes.Core.ProbeSets;

/// <summary>Reads and validates a probe-set YAML file: <c>name</c>, <c>version</c>, <c>probes</c>.</summary>
public static class ProbeSetReader
{
    private static readonly string[] SetFields = ["name", "version", "probes"];
    private static readonly string[] ProbeFields = ["id", "family", "prompt", "variants"];

    public static ProbeSet ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new SpecException(path, null, null, "probe-set file not found");
        }
        return Read(File.ReadAllText(path), path);
    }

    /// <param name="fileName">Named in error messages.</param>
    public static ProbeSet Read(string yaml, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var root = YamlNodeReader.LoadDocument(yaml, fileName).Mapping(SetFields);
        var name = SpecIdentifier.Read(root.Required("name"));
        // The version is part of every fingerprint key: a changed prompt must come with a new version.
        var version = SpecIdentifier.Read(root.Required("version"));
        var probesNode = root.Required("probes");
        var items = probesNode.Items();
        if (items.Count == 0)
        {
            throw probesNode.Error("list at least one probe");
        }
        var firstPathById = new Dictionary<string, string>(StringComparer.Ordinal);
        var probes = new List<Probe>(items.Count);
        foreach (var item in items)
        {
            var probe = ReadProbe(item.Mapping(ProbeFields));
            if (!firstPathById.TryAdd(probe.Id, item.Path))
            {
                throw item.Required("id").Error($"duplicate probe id '{probe.Id}' (first used by {firstPathById[probe.Id]})");
            }
            probes.Add(probe);
        }
        return new ProbeSet(name, version, probes);
    }

    private static Probe ReadProbe(YamlNodeReader probe)
    {
        var id = SpecIdentifier.Read(probe.Required("id"));
        var family = SpecIdentifier.Read(probe.Required("family"));
        var prompt = probe.Optional("prompt");
        var variants = probe.Optional("variants");
        if ((prompt is null) == (variants is null))
        {
            throw probe.Error("give exactly one of 'prompt' or 'variants'");
        }
        return new Probe(id, family, prompt is not null ? [prompt.Text()] : ReadVariants(variants!));
    }

    private static IReadOnlyList<string> ReadVariants(YamlNodeReader node)
    {
        var items = node.Items();
        if (items.Count == 0)
        {
            throw node.Error("list at least one variant");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var variants = new List<string>(items.Count);
        foreach (var item in items)
        {
            var text = item.Text();
            // A repeated variant would silently double the weight of one phrasing in the pooled statistics.
            if (!seen.Add(text))
            {
                throw item.Error("duplicate variant");
            }
            variants.Add(text);
        }
        return variants;
    }
}
