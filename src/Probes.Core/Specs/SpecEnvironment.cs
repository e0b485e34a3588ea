using Probes.Core.ProbeSets;

namespace Probes.Core.Specs;

/// <summary>
/// What a spec is checked against: the process environment (API key variables), the providers this
/// deployment can call, and the probe sets shipped with it. Tests pass their own.
/// </summary>
public sealed record SpecEnvironment(
    Func<string, string?> GetVariable,
    IReadOnlySet<string> KnownProviders,
    Func<string, ProbeSet?> ResolveBuiltInProbeSet)
{
    /// <summary>Names listed when a spec asks for a built-in probe set that does not exist.</summary>
    public IReadOnlyCollection<string> BuiltInProbeSetNames { get; init; } = [];

    public static SpecEnvironment Default(IReadOnlySet<string> providers) =>
        new(Environment.GetEnvironmentVariable, providers, BuiltInProbeSets.Find)
        {
            BuiltInProbeSetNames = BuiltInProbeSets.Names,
        };
}
