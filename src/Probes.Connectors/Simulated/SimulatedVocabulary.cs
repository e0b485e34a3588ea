namespace Probes.Connectors.Simulated;

/// <summary>
/// The shared word pool of the simulated family. All models draw from the same candidates; what differs is
/// how strongly each model prefers each candidate, which is exactly what lexical fingerprints measure.
/// </summary>
internal static class SimulatedVocabulary
{
    public static readonly string[] Nouns =
    [
        "clarity", "patience", "structure", "context", "evidence", "balance", "curiosity", "practice", "momentum",
        "insight", "rhythm", "trust", "nuance", "focus", "progress", "feedback", "design", "memory", "attention",
        "experience", "intuition", "discipline", "flexibility", "simplicity", "precision", "harmony", "resilience",
        "perspective", "judgment", "creativity", "consistency", "transparency", "reasoning", "language", "knowledge",
        "energy", "timing", "care", "craft", "effort", "growth", "planning", "research", "learning", "teamwork",
        "honesty", "imagination", "detail", "order", "change", "motion", "light", "water", "soil", "weather",
        "music", "silence", "distance", "scale", "texture", "warmth", "gravity", "friction", "pressure", "freedom",
        "purpose", "value", "quality", "safety", "comfort", "stability", "variety", "community", "history",
        "evidence-gathering", "storytelling", "maintenance", "iteration", "measurement", "collaboration",
    ];

    public static readonly string[] Adjectives =
    [
        "careful", "steady", "thoughtful", "quiet", "bright", "practical", "subtle", "robust", "gentle", "bold",
        "clear", "deep", "simple", "layered", "honest", "patient", "vivid", "modest", "rigorous", "playful",
        "durable", "flexible", "elegant", "grounded", "curious", "generous", "balanced", "focused", "lasting",
        "meaningful", "measured", "open", "precise", "reliable", "sharp", "solid", "surprising", "timely", "warm",
        "wide", "calm", "consistent", "fresh", "gradual", "hidden", "lively", "natural", "quick", "rare", "shared",
        "small", "strong", "thorough", "useful", "varied", "wise", "crisp", "nimble", "humble", "sturdy",
    ];

    public static readonly string[] Verbs =
    [
        "shapes", "supports", "reveals", "rewards", "improves", "reflects", "guides", "connects", "strengthens",
        "balances", "clarifies", "builds", "softens", "sharpens", "invites", "sustains", "encourages", "deepens",
        "frames", "highlights", "grounds", "feeds", "protects", "unlocks", "anchors", "carries", "changes", "drives",
        "echoes", "enables", "extends", "fuels", "informs", "inspires", "lifts", "links", "nurtures", "organises",
        "outlasts", "prepares", "refines", "reinforces", "renews", "steadies", "tempers", "transforms", "widens",
        "complements", "follows", "precedes",
    ];

    public static readonly string[] Adverbs =
    [
        "quietly", "often", "naturally", "gradually", "clearly", "steadily", "deeply", "usually", "rarely",
        "gently", "directly", "surprisingly", "reliably", "quickly", "slowly", "simply", "carefully", "openly",
        "consistently", "eventually", "largely", "mostly", "readily", "subtly", "truly", "visibly", "firmly",
        "freely", "fully", "lightly", "broadly", "patiently", "neatly", "boldly", "warmly", "plainly",
    ];

    public static readonly string[] Connectors =
    [
        "In practice", "Often", "At the same time", "Broadly speaking", "Put simply", "In many cases", "On balance",
        "Over time", "By contrast", "Importantly", "Notably", "In short", "Similarly", "Above all", "Ultimately",
        "Meanwhile", "Naturally", "Still", "Equally", "Of course", "In the end", "Seen this way",
    ];

    // A leading empty string means "no opening line": some models rarely open with a pleasantry.
    public static readonly string[] Openings =
    [
        "", "Great question!", "Certainly.", "Here is a short answer.", "Let me think about this.", "Sure thing.",
        "Happy to help.", "Good point to consider.", "Absolutely.", "Here's my take.", "Interesting question.",
        "Let's explore this.", "Glad you asked.", "Of course.", "Here goes.", "Right, let's see.",
        "A fair thing to wonder about.", "Okay, here's how I see it.", "Short version first.",
    ];

    public static readonly string[] Closings =
    [
        "", "Hope this helps!", "Let me know if you want more detail.", "That is the gist.", "Happy exploring!",
        "Feel free to ask a follow-up.", "I hope that answers it.", "Good luck!", "Thanks for the question.",
        "Want me to go deeper on any part?", "That's my view, anyway.", "More can be said, but that is the core.",
        "Enjoy!", "Cheers.", "Take care.", "Shall I expand on this?", "Let me know what you think.",
    ];

    public static readonly string[] HeaderTexts =
    [
        "Overview", "Quick answer", "Key points", "Summary", "Thoughts", "In brief", "Notes", "Answer", "Details",
        "Takeaways",
    ];

    public static readonly string[] EmojiSymbols =
        ["🙂", "✨", "🚀", "🌱", "💡", "📌", "✅", "🔍", "🎯", "🌟", "📚", "🤔"];

    public static readonly string[] AnswerLeads =
    [
        "", "I pick ", "My choice: ", "I'd go with ", "Let's say ", "How about ", "I choose ", "Answer: ",
        "Definitely ", "Probably ",
    ];

    public static readonly string[] IdentityPhrases =
    [
        "I am {0}, a synthetic model simulated by Probes.",
        "My name is {0}; I am a synthetic model simulated by Probes.",
        "You are talking to {0}, a synthetic model simulated by Probes.",
        "{0} here, a simulated model from the Probes synthetic family.",
        "I'm {0}. I am not a real model: Probes simulates me.",
        "This is {0}, one of the synthetic models that Probes simulates.",
    ];

    /// <summary>Stands for a numbered list: the generator counts up from it (1., 2., 3.).</summary>
    public const string NumberedMarker = "1. ";

    /// <summary>Prose (no marker), dash bullets, star bullets, numbered list.</summary>
    public static readonly string[] ListMarkers = ["", "- ", "* ", NumberedMarker];

    public const int MaxSentences = 8;
    public const int MaxAnswerSentences = 3;
}
