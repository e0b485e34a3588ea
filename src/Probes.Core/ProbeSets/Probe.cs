namespace Probes.Core.ProbeSets;

/// <summary>
/// One crafted prompt. Variants are alternative phrasings of the same question (languages, wrappers);
/// they share the probe id so their answers can be pooled or told apart.
/// </summary>
public sealed record Probe(string Id, string Family, IReadOnlyList<string> Variants);

/// <summary>A versioned set of probes; the version is part of every fingerprint's key.</summary>
public sealed record ProbeSet(string Name, string Version, IReadOnlyList<Probe> Probes)
{
    public string Key => $"{Name}@{Version}";
}
