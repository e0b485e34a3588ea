using Probes.Core.Fingerprints.Families;
using Probes.Core.Text;

namespace Probes.Core.Fingerprints;

public sealed partial class ResponseSample
{
    private readonly Dictionary<(string ProbeId, int Variant), PromptFacts> _prompts = [];
    private PromptFacts _promptFacts = PromptFacts.Of(string.Empty, string.Empty, 0, string.Empty);

    /// <summary>Whether the probe belongs to the identity family (<see cref="InjectionWrapping.IsIdentityProbe"/>).</summary>
    internal bool IsIdentityProbe => _promptFacts.IsIdentityProbe;

    /// <summary>Whether the prompt wraps its question in an instruction (<see cref="InjectionWrapping.IsWrapped"/>).</summary>
    internal bool IsWrapped => _promptFacts.IsWrapped;

    /// <summary>Whether the probe asks for a training cutoff (<see cref="ClaimedCutoffs.IsCutoffProbe"/>).</summary>
    internal bool IsCutoffProbe => _promptFacts.IsCutoffProbe;

    // Responses cycle through a probe set's few prompts: each prompt's key, script and probe-set conventions are
    // worked out once, and a reply to a known prompt costs one lookup by (probe, variant) and comparisons of the
    // prompt text and family (by reference first), not a hash of the whole prompt or case-blind searches of its id.
    private PromptFacts PromptFactsOf(string probeId, string family, int variant, string prompt)
    {
        if (_prompts.TryGetValue((probeId, variant), out var facts)
            && (ReferenceEquals(facts.Prompt, prompt) || string.Equals(facts.Prompt, prompt, StringComparison.Ordinal))
            && (ReferenceEquals(facts.Family, family) || string.Equals(facts.Family, family, StringComparison.Ordinal)))
        {
            return facts;
        }
        if (_prompts.Count >= 4096) _prompts.Clear();
        facts = PromptFacts.Of(probeId, family, variant, prompt, facts?.Key);
        _prompts[(probeId, variant)] = facts;
        return facts;
    }

    private sealed record PromptFacts(string Key, string Prompt, string Family, Script Script, bool IsIdentityProbe, bool IsWrapped, bool IsCutoffProbe)
    {
        public static PromptFacts Of(string probeId, string family, int variant, string prompt, string? key = null) => new(
            key ?? $"{probeId}#{variant}", prompt, family, ScriptDetector.Dominant(prompt),
            InjectionWrapping.IsIdentityFamily(family), InjectionWrapping.IsWrapped(probeId, family, variant, prompt),
            ClaimedCutoffs.IsCutoffProbe(probeId));
    }
}
