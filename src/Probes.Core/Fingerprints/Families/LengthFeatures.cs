using System.Text.Json.Serialization;
using Probes.Core.Sketches;

namespace Probes.Core.Fingerprints.Families;

/// <summary>
/// Response length in characters (Unicode scalar values, so an emoji counts once) and in words: verbosity is
/// a stable trait of a model under fixed sampling settings, though a weak one on its own.
/// </summary>
public sealed class LengthFeatures : FeatureFamily<LengthFeatures>
{
    public LengthFeatures() : this(new Moments(), new Moments())
    {
    }

    [JsonConstructor]
    public LengthFeatures(Moments characters, Moments words)
    {
        Characters = characters;
        Words = words;
    }

    public Moments Characters { get; }

    public Moments Words { get; }

    public override void Add(ResponseSample sample)
    {
        Characters.Add(sample.CharacterCount);
        Words.Add(sample.Words.Length);
    }

    public override void Merge(LengthFeatures other)
    {
        Characters.Merge(other.Characters);
        Words.Merge(other.Words);
    }
}
