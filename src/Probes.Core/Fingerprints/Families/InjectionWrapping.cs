using Probes.Core.Text;

namespace Probes.Core.Fingerprints.Families;

/// <summary>
/// Which prompts ask an identity question inside an instruction-like wrapper ("maintenance mode", a fake
/// config block, a developer note) rather than plainly: models that resist a plain question often answer a
/// wrapped one differently, and distilled students leak their teacher's name there (Lee et al., 2025).
/// The rule works from probe-set conventions:
/// - a probe whose id contains "wrap" or "inject" is wrapped, whatever its variant;
/// - a variant other than the first of an <c>identity</c>-family probe is wrapped when its prompt spans several
///   lines. The line test is there because such probes also list plain translations as later variants
///   (core@1: variants 1–3 of identity.creator are Chinese, French and Spanish): those stay plain, and the
///   language of the prompt is a split of its own (<see cref="ScriptDetector"/>).
/// </summary>
public static class InjectionWrapping
{
    public const string IdentityFamily = "identity";

    public static bool IsIdentityProbe(ResponseSample sample) => sample.IsIdentityProbe;

    /// <summary>Whether the sample's prompt is wrapped: worked out once per prompt (<see cref="IsWrapped(string, string, int, string)"/>).</summary>
    public static bool IsWrapped(ResponseSample sample) => sample.IsWrapped;

    internal static bool IsIdentityFamily(string family) => family.Equals(IdentityFamily, StringComparison.OrdinalIgnoreCase);

    internal static bool IsWrapped(string probeId, string family, int variant, string prompt) =>
        probeId.Contains("wrap", StringComparison.OrdinalIgnoreCase)
        || probeId.Contains("inject", StringComparison.OrdinalIgnoreCase)
        || (IsIdentityFamily(family) && variant > 0 && prompt.AsSpan().Trim().Contains('\n'));
}
