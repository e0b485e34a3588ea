namespace Probes.Connectors;

/// <summary>The provider names a target may use; campaign validation checks against <see cref="All"/>.</summary>
public static class KnownProviders
{
    /// <summary>OpenAI and every server speaking its chat-completions API.</summary>
    public const string OpenAI = "openai";

    /// <summary>Anthropic's Messages API.</summary>
    public const string Anthropic = "anthropic";

    /// <summary>Google's Gemini API (generateContent).</summary>
    public const string Gemini = "gemini";

    /// <summary>The built-in synthetic model family.</summary>
    public const string Simulated = "simulated";

    /// <summary>Recorded responses of real models, served from a dataset folder.</summary>
    public const string Replay = Core.Specs.TargetSpec.ReplayProvider;

    public static IReadOnlySet<string> All { get; } =
        new HashSet<string>([OpenAI, Anthropic, Gemini, Simulated, Replay], StringComparer.OrdinalIgnoreCase);
}
