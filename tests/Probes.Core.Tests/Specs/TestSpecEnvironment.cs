using Probes.Core.ProbeSets;
using Probes.Core.Specs;

namespace Probes.Core.Tests.Specs;

/// <summary>A spec environment with a fixed set of variables instead of the process environment.</summary>
internal static class TestSpecEnvironment
{
    public static IReadOnlySet<string> Providers { get; } = new HashSet<string>(StringComparer.Ordinal) { "openai", "simulated", "replay" };

    public static SpecEnvironment With(params (string Name, string Value)[] variables)
    {
        var values = variables.ToDictionary(variable => variable.Name, variable => variable.Value, StringComparer.Ordinal);
        return new SpecEnvironment(values.GetValueOrDefault, Providers, BuiltInProbeSets.Find)
        {
            BuiltInProbeSetNames = BuiltInProbeSets.Names,
        };
    }
}
