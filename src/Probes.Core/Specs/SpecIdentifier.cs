namespace Probes.Core.Specs;

/// <summary>
/// Target and probe ids become parts of blob names and grain keys, so they are limited to characters that need no
/// escaping anywhere: letters, digits, '.', '_' and '-'.
/// </summary>
internal static class SpecIdentifier
{
    public const string AllowedCharacters = "letters, digits, '.', '_' and '-'";

    public static bool IsValid(string id) => id.Length > 0 && id.All(IsAllowed);

    public static string Read(YamlNodeReader node)
    {
        var id = node.Text();
        return IsValid(id) ? id : throw node.Error($"invalid id '{id}' (use only {AllowedCharacters})");
    }

    /// <summary>A name made into an id: every character outside the allowed ones becomes '_'.</summary>
    public static string Sanitize(string name) => string.Concat(name.Select(c => IsAllowed(c) ? c : '_'));

    private static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';
}
