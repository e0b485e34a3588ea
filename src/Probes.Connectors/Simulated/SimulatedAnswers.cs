namespace Probes.Connectors.Simulated;

/// <summary>
/// Candidates for "pick one" prompts. Free-choice questions with many valid answers carry strong per-model
/// preferences (the "genes" of phylogenetic fingerprinting), so each model holds a distribution over these.
/// </summary>
internal static class SimulatedAnswers
{
    public static readonly string[] Animals =
    [
        "octopus", "otter", "elephant", "fox", "owl", "dolphin", "tiger", "penguin", "giraffe", "wolf", "koala",
        "hedgehog", "cat", "dog", "raven", "lynx", "tortoise", "hummingbird", "axolotl", "red panda", "bison",
        "salamander", "heron", "manta ray", "badger", "chameleon", "lion", "rabbit", "seal", "falcon",
    ];

    public static readonly string[] Colours =
    [
        "blue", "teal", "green", "crimson", "amber", "violet", "indigo", "scarlet", "turquoise", "emerald",
        "orange", "yellow", "magenta", "navy", "ochre", "lavender", "silver", "coral", "black", "white",
    ];

    public static readonly string[] PersonNames =
    [
        "Alice", "Mira", "Jonas", "Leila", "Tomas", "Priya", "Elena", "Kofi", "Sven", "Aiko", "Mateo", "Nadia",
        "Oscar", "Ravi", "Sofia", "Liam", "Yara", "Felix", "Ingrid", "Hugo", "Zara", "Emil", "Clara", "Tariq",
        "Noor", "Arjun", "Greta", "Luca", "Maya", "Ines",
    ];

    public const int NumberCount = 50;

    private static readonly string[] _numbers =
        Enumerable.Range(1, NumberCount).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    public static string[] For(ChoiceKind kind) => kind switch
    {
        ChoiceKind.Animal => Animals,
        ChoiceKind.Colour => Colours,
        ChoiceKind.PersonName => PersonNames,
        ChoiceKind.Number => _numbers,
        ChoiceKind.Noun => SimulatedVocabulary.Nouns,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an answer category."),
    };
}
