namespace Probes.Core.Fingerprints.Families;

/// <summary>Formatting habits counted per response; house style differs strongly between model families.</summary>
[Flags]
public enum FormatMarkers
{
    None = 0,
    Headers = 1 << 0,
    Bullets = 1 << 1,
    NumberedLists = 1 << 2,
    Bold = 1 << 3,
    CodeFences = 1 << 4,
    Emoji = 1 << 5,
    EmDashes = 1 << 6,
    Latex = 1 << 7,
}
