using Probes.Core.Specs;
using Probes.Core.Text;

namespace Probes.Connectors.Simulated;

/// <summary>
/// One synthetic model of the family. A distilled model holds a teacher: at each decision it follows the
/// teacher's preferences with probability <c>teacherShare</c>, otherwise its own, which makes it closer to
/// its teacher than to any other model on every feature, without being identical.
/// </summary>
public sealed class SimulatedModel
{
    private readonly SimulatedPersona _own;
    private readonly SimulatedModel? _teacher;
    private readonly double _teacherShare;

    internal SimulatedModel(string name, string displayName, ulong seed, SimulatedPersona own,
        SimulatedModel? teacher, double teacherShare, IReadOnlyList<string> identityNames)
    {
        IdentityNames = identityNames;
        Name = name;
        DisplayName = displayName;
        Seed = seed;
        _own = own;
        _teacher = teacher;
        _teacherShare = teacherShare;
        SystemFingerprint = "sim-" + StableHash.Hex($"{name}\u001f{seed:x16}", 5);
    }

    /// <summary>The name a target uses, e.g. <c>sim-teacher</c>.</summary>
    public string Name { get; }

    /// <summary>The name the model claims in identity replies, e.g. <c>Teacher-Sim</c>.</summary>
    public string DisplayName { get; }

    public string? TeacherName => _teacher?.Name;

    /// <summary>What the "API" reports as the serving model: always labelled synthetic.</summary>
    public string ReturnedName => $"{Name} (synthetic)";

    public string SystemFingerprint { get; }

    internal ulong Seed { get; }

    /// <summary>The family's display names, the candidates of the <see cref="ChoiceKind.Identity"/> decision.</summary>
    internal IReadOnlyList<string> IdentityNames { get; }

    public SimulatedCompletion Complete(string prompt, SamplingSettings sampling, ulong seed) =>
        SimulatedTextGenerator.Generate(this, prompt, sampling, seed);

    /// <summary>
    /// Whose preferences decide this step. The coin depends on the step and the model, never on the call's seed,
    /// so the student's distribution is fixed and greedy decoding stays seed-free. Identity is exempt: a distilled
    /// model is tuned to its own name and leaks the teacher's only through its own identity preferences.
    /// </summary>
    internal SimulatedPersona PersonaFor(ChoiceKind kind, ulong stepKey)
    {
        if (_teacher is null || kind == ChoiceKind.Identity)
        {
            return _own;
        }
        var coin = HashStream.ToUnit(StableHash.Mix(stepKey ^ Seed));
        return coin < _teacherShare ? _teacher.PersonaFor(kind, stepKey) : _own;
    }
}

/// <summary>A generated reply with the usage a real API would report (token counts estimated as words × 1.3).</summary>
public sealed record SimulatedCompletion(string Text, string FinishReason, int PromptTokens, int CompletionTokens);
