using Probes.Core.Text;

namespace Probes.Connectors.Simulated;

/// <summary>
/// The built-in synthetic model family: <c>sim-teacher</c>, <c>sim-student</c> (distilled from sim-teacher) and
/// three independent models. Every parameter derives from <see cref="FamilySeed"/> and the model's name, so the
/// family is identical on every machine; it exists so campaigns, fingerprints and lineage verdicts can be run
/// and checked against a known ground truth without any API key.
/// </summary>
public sealed class SimulatedFamily
{
    /// <summary>
    /// Changing this (or the word pools) changes every model: treat it as the family's version. Of the first 300
    /// candidate seeds this one gave the clearest ground truth: every pair of independent models differs well
    /// beyond sampling noise in words, answers, formatting and length, and the student is at least twice as close
    /// to its teacher as to any other model on each of the four.
    /// </summary>
    public const ulong FamilySeed = 0x5052_4F42_4553_0053UL;

    /// <summary>Share of the student's decisions taken with the teacher's preferences.</summary>
    public const double StudentTeacherShare = 0.7;

    /// <summary>Odds-weight with which the student claims the teacher's identity instead of its own.</summary>
    public const double StudentIdentityLeak = 0.3;

    // Candidates a persona never claims still need a finite score for the shared term to be added to.
    private const double NeverClaimed = -40.0;

    private static readonly (string Name, string DisplayName, string? Teacher)[] _members =
    [
        ("sim-teacher", "Teacher-Sim", null),
        ("sim-student", "Student-Sim", "sim-teacher"),
        ("sim-alpha", "Alpha-Sim", null),
        ("sim-beta", "Beta-Sim", null),
        ("sim-gamma", "Gamma-Sim", null),
    ];

    private readonly Dictionary<string, SimulatedModel> _models = new(StringComparer.OrdinalIgnoreCase);

    private SimulatedFamily(ulong familySeed)
    {
        var displayNames = _members.Select(member => member.DisplayName).ToArray();
        for (var index = 0; index < _members.Length; index++)
        {
            var (name, displayName, teacherName) = _members[index];
            var seed = StableHash.Mix(familySeed ^ StableHash.Fnv64(name));
            var teacher = teacherName is null ? null : _models[teacherName];
            var identity = IdentityLogits(index, teacherName is null ? -1 : Array.FindIndex(_members, m => m.Name == teacherName));
            var persona = SimulatedPersona.Draw(seed, identity);
            var share = teacher is null ? 0.0 : StudentTeacherShare;
            _models.Add(name, new SimulatedModel(name, displayName, seed, persona, teacher, share, displayNames));
        }
        ModelNames = _members.Select(member => member.Name).ToArray();
    }

    public static SimulatedFamily Standard { get; } = new(FamilySeed);

    public IReadOnlyList<string> ModelNames { get; }

    /// <summary>The named model; an unknown name is a configuration error that lists what exists.</summary>
    public SimulatedModel Get(string name) =>
        _models.TryGetValue(name, out var model)
            ? model
            : throw new ArgumentException(
                $"Unknown simulated model '{name}'. Available models: {string.Join(", ", ModelNames)}.", nameof(name));

    private static double[] IdentityLogits(int own, int teacher)
    {
        var logits = Enumerable.Repeat(NeverClaimed, _members.Length).ToArray();
        logits[own] = 0.0;
        if (teacher >= 0)
        {
            logits[teacher] = Math.Log(StudentIdentityLeak / (1 - StudentIdentityLeak));
        }
        return logits;
    }
}
