namespace Probes.Connectors.Simulated;

/// <summary>
/// Sentence shapes. Slots: N noun, A adjective, V verb, R adverb, C connector, T the prompt's topic word.
/// A model's preference over shapes drives punctuation habits (em-dashes, semicolons) and sentence length.
/// </summary>
internal static class SimulatedTemplates
{
    private static readonly string[] _sources =
    [
        "{N} {V} {A} {N}.",
        "{C}, {A} {N} {R} {V} {N}.",
        "{A} {N} {V} {N}, and {N} {V} {A} {N}.",
        "When {N} {V} {N}, {N} {R} {V} {N}.",
        "Think of {T} as {A} {N} that {V} {N}.",
        "{N} — {A} and {A} — {V} {N}.",
        "{C}, {T} {V} {N} {R}.",
        "It is {A} to see how {N} {V} {N}.",
        "{N} {R} {V} {A} {N}; {N} {V} {N}.",
        "For {T}, {N} {V} {A} {N}.",
        "{A} {N} is what {V} {T} {R}.",
        "{C}: {N} {V} {N}.",
    ];

    /// <summary>Each template split at its braces: even indices are literal text, odd indices are slot codes.</summary>
    public static readonly string[][] Parts = _sources.Select(source => source.Split('{', '}')).ToArray();

    public static int Count => _sources.Length;
}
