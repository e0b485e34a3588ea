namespace Probes.Core.Text;

/// <summary>
/// The writing system a text is mostly in: coarse on purpose, since it stands in for the language of a prompt
/// and a reply (an answer in Latin script to a Chinese prompt is a language switch whatever the language).
/// </summary>
public enum Script
{
    /// <summary>No letters at all (empty, digits, symbols): no language to compare.</summary>
    None,
    Latin,
    Cjk,
    Cyrillic,
    Arabic,
    Other,
}
