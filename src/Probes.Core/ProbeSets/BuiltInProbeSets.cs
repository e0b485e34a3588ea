namespace Probes.Core.ProbeSets;

/// <summary>
/// The probe sets shipped inside this assembly (<c>ProbeSets/BuiltIn/*.yaml</c>), named by file name.
/// They are parsed once, on first use, with the same reader and checks as user files.
/// </summary>
public static class BuiltInProbeSets
{
    private const string ResourcePrefix = "Probes.Core.ProbeSets.BuiltIn.";
    private const string ResourceSuffix = ".yaml";

    private static readonly Lazy<IReadOnlyDictionary<string, ProbeSet>> _sets = new(Load);

    public static IReadOnlyList<string> Names { get; } = ResourceNames()
        .Select(resource => resource[ResourcePrefix.Length..^ResourceSuffix.Length])
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static ProbeSet? Find(string name) => _sets.Value.GetValueOrDefault(name);

    private static IReadOnlyDictionary<string, ProbeSet> Load()
    {
        var assembly = typeof(BuiltInProbeSets).Assembly;
        var sets = new Dictionary<string, ProbeSet>(StringComparer.Ordinal);
        foreach (var resource in ResourceNames())
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var fileName = "builtin:" + resource[ResourcePrefix.Length..];
            var set = ProbeSetReader.Read(reader.ReadToEnd(), fileName);
            sets.Add(resource[ResourcePrefix.Length..^ResourceSuffix.Length], set);
        }
        return sets;
    }

    private static IEnumerable<string> ResourceNames() => typeof(BuiltInProbeSets).Assembly
        .GetManifestResourceNames()
        .Where(resource => resource.StartsWith(ResourcePrefix, StringComparison.Ordinal)
            && resource.EndsWith(ResourceSuffix, StringComparison.Ordinal));
}
