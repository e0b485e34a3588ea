using Probes.Connectors.Simulated;
using Probes.Core.Specs;

namespace Probes.Connectors.Tests;

/// <summary>Prompt sets and sampling loops shared by the simulated-family tests.</summary>
internal static class SimulatedSamples
{
    public static readonly string[] OpenPrompts =
    [
        "Explain how photosynthesis works.", "Write about the ocean.", "Describe a good morning routine.",
        "How do bridges stay up?", "Give advice to a new gardener.", "What makes a story memorable?",
        "Why is sleep important?", "Tell me about volcanoes.",
    ];

    public static readonly string[] PickPrompts =
    [
        "Pick an animal.", "Choose a colour.", "Pick a random number.", "Name your favourite animal.",
        "Pick a name for a baby.",
    ];

    public static readonly string[] IdentityPrompts =
        ["Who are you?", "What model are you?", "Please introduce yourself.", "Who created you?"];

    public static SimulatedModel Model(string name) => SimulatedFamily.Standard.Get(name);

    /// <summary>Replies to every prompt for seeds firstSeed … firstSeed + seeds − 1.</summary>
    public static IEnumerable<string> Replies(string model, IEnumerable<string> prompts, int seeds, int firstSeed,
        double temperature = 1.0) =>
        from prompt in prompts
        from seed in Enumerable.Range(firstSeed, seeds)
        select Model(model).Complete(prompt, new SamplingSettings(temperature, 512, null), (ulong)seed).Text;

    /// <summary>The picked answer: the last word of the first sentence, without emphasis.</summary>
    public static string PickedAnswer(string reply) =>
        reply.Split('.')[0].Split(' ')[^1].Trim('*').ToLowerInvariant();
}
