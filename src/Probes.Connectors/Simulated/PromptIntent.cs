namespace Probes.Connectors.Simulated;

/// <summary>What a prompt asks for, as far as the simulated family cares: its identity, one pick, or open text.</summary>
internal enum IntentKind
{
    Open,
    Identity,
    PickOne,
}

/// <summary>The detected intent and, for open and pick prompts, the words that colour the reply.</summary>
internal readonly record struct PromptIntent(IntentKind Kind, ChoiceKind AnswerCategory, string? Topic)
{
    private static readonly string[] _identityCues =
    [
        "who are you", "what are you", "your name", "what model", "which model", "who made you", "who created you",
        "who trained you", "who built you", "who developed you", "identify yourself", "introduce yourself",
        "which company", "what company",
    ];

    private static readonly string[] _pickCues =
    [
        "pick", "choose", "name one", "name a", "name an", "favourite", "favorite", "think of", "one word", "random",
        "suggest",
    ];

    private static readonly (string Cue, ChoiceKind Category)[] _categories =
    [
        ("animal", ChoiceKind.Animal), ("colour", ChoiceKind.Colour), ("color", ChoiceKind.Colour),
        ("number", ChoiceKind.Number), ("word", ChoiceKind.Noun), ("first name", ChoiceKind.PersonName),
        ("a name", ChoiceKind.PersonName), ("baby name", ChoiceKind.PersonName), ("name for", ChoiceKind.PersonName),
        ("person", ChoiceKind.PersonName), ("character", ChoiceKind.PersonName),
    ];

    private static readonly HashSet<string> _stopWords = new(StringComparer.Ordinal)
    {
        "about", "which", "would", "could", "should", "their", "there", "these", "those", "where", "while", "please",
        "explain", "describe", "write", "tell", "sentence", "sentences", "short", "something", "answer", "between",
        "favourite", "favorite", "random", "choose", "number", "without", "within", "really", "think", "words",
    };

    public static PromptIntent Detect(string prompt)
    {
        var lower = prompt.ToLowerInvariant();
        if (_identityCues.Any(lower.Contains))
        {
            return new PromptIntent(IntentKind.Identity, ChoiceKind.Noun, null);
        }
        var topic = TopicWord(lower);
        if (_pickCues.Any(lower.Contains))
        {
            foreach (var (cue, category) in _categories)
            {
                if (lower.Contains(cue, StringComparison.Ordinal))
                {
                    return new PromptIntent(IntentKind.PickOne, category, topic);
                }
            }
        }
        return new PromptIntent(IntentKind.Open, ChoiceKind.Noun, topic);
    }

    /// <summary>The longest plain word of five letters or more: a crude stand-in for what the prompt is about.</summary>
    private static string? TopicWord(string lower)
    {
        string? best = null;
        var start = -1;
        for (var i = 0; i <= lower.Length; i++)
        {
            var isLetter = i < lower.Length && char.IsAsciiLetterLower(lower[i]);
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                var length = i - start;
                if (length >= 5 && (best is null || length > best.Length))
                {
                    var word = lower.Substring(start, length);
                    if (!_stopWords.Contains(word))
                    {
                        best = word;
                    }
                }
                start = -1;
            }
        }
        return best;
    }
}
