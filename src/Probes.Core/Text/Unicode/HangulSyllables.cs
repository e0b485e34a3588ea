namespace Probes.Core.Text.Unicode;

/// <summary>
/// Hangul syllables decompose and compose arithmetically (Unicode chapter 3.12), so the data file leaves
/// the 11,172 precomposed syllables out.
/// </summary>
internal static class HangulSyllables
{
    public const int SyllableBase = 0xAC00;
    public const int LeadBase = 0x1100;
    public const int VowelBase = 0x1161;
    public const int TrailBase = 0x11A7;
    public const int LeadCount = 19;
    public const int VowelCount = 21;
    public const int TrailCount = 28;
    private const int BlockCount = VowelCount * TrailCount;
    private const int SyllableCount = LeadCount * BlockCount;

    public static bool IsSyllable(int codePoint) =>
        codePoint >= SyllableBase && codePoint < SyllableBase + SyllableCount;

    /// <summary>Writes the two or three jamo of a syllable; returns how many.</summary>
    public static int Decompose(int syllable, Span<int> jamo)
    {
        var index = syllable - SyllableBase;
        jamo[0] = LeadBase + index / BlockCount;
        jamo[1] = VowelBase + index % BlockCount / TrailCount;
        var trail = index % TrailCount;
        if (trail == 0) return 2;
        jamo[2] = TrailBase + trail;
        return 3;
    }

    /// <summary>Lead + vowel gives an LV syllable; an LV syllable + trailing consonant gives an LVT syllable.</summary>
    public static bool TryCompose(int first, int second, out int syllable)
    {
        if (first >= LeadBase && first < LeadBase + LeadCount && second >= VowelBase && second < VowelBase + VowelCount)
        {
            syllable = SyllableBase + ((first - LeadBase) * VowelCount + (second - VowelBase)) * TrailCount;
            return true;
        }
        if (IsSyllable(first) && (first - SyllableBase) % TrailCount == 0
            && second > TrailBase && second < TrailBase + TrailCount)
        {
            syllable = first + (second - TrailBase);
            return true;
        }
        syllable = 0;
        return false;
    }
}
