using System.Text.Json.Serialization;
using Probes.Core.Sketches;
using Probes.Core.Text;

namespace Probes.Core.Fingerprints.Families;

/// <summary>
/// Everything kept about the responses to one prompt (one variant of one probe): the position × character
/// table behind the Hamming-kernel equality test, greedy output identity, behaviour counts and lengths.
/// Every part merges by adding counts (or exactly, for moments and the quantile sketch).
/// </summary>
public sealed class PromptStatistics
{
    public const int GreedyOutputCapacity = 16;
    public const int FinishReasonCapacity = 8;

    /// <summary>Recorded for a response without a finish reason (the server reported none).</summary>
    public const string NoFinishReason = "(none)";

    public PromptStatistics() : this(0, new PositionCharTable(), new SpaceSavingTopK(GreedyOutputCapacity), 0, 0, 0,
        new SpaceSavingTopK(FinishReasonCapacity), new Moments(), new QuantileSketch())
    {
    }

    [JsonConstructor]
    public PromptStatistics(long responses, PositionCharTable positions, SpaceSavingTopK greedyOutputs, long refusals,
        long languageSwitches, long thinkTags, SpaceSavingTopK finishReasons, Moments lengths, QuantileSketch lengthQuantiles)
    {
        if (positions.Length != PositionCharTable.DefaultLength || greedyOutputs.Capacity != GreedyOutputCapacity
            || greedyOutputs.FilterBuckets != 0 || finishReasons.Capacity != FinishReasonCapacity || finishReasons.FilterBuckets != 0
            || lengthQuantiles.RelativeAccuracy != QuantileSketch.DefaultRelativeAccuracy)
        {
            throw new ArgumentException("Prompt statistics do not have the schema's dimensions.");
        }
        if (positions.Count != responses || finishReasons.Total != responses || lengths.Count != responses
            || lengthQuantiles.Count != responses || greedyOutputs.Total > responses
            || refusals is < 0 || refusals > responses || languageSwitches is < 0 || languageSwitches > responses
            || thinkTags is < 0 || thinkTags > responses)
        {
            throw new ArgumentException($"Prompt statistics do not agree on {responses} responses.");
        }
        (Responses, Positions, GreedyOutputs, Refusals) = (responses, positions, greedyOutputs, refusals);
        (LanguageSwitches, ThinkTags, FinishReasons, Lengths, LengthQuantiles) = (languageSwitches, thinkTags, finishReasons, lengths, lengthQuantiles);
    }

    public long Responses { get; private set; }

    /// <summary>Symbol counts over the first <see cref="PositionCharTable.DefaultLength"/> characters.</summary>
    public PositionCharTable Positions { get; }

    /// <summary>Hashes (<see cref="StableHash.OfText"/>, hex) of responses sampled at temperature 0.</summary>
    public SpaceSavingTopK GreedyOutputs { get; }

    /// <summary>Responses opening with a refusal phrase (<see cref="RefusalLexicon"/>).</summary>
    public long Refusals { get; private set; }

    /// <summary>Responses whose dominant script differs from the prompt's (both having letters).</summary>
    public long LanguageSwitches { get; private set; }

    /// <summary>Responses containing a &lt;think&gt; tag: reasoning leaking into the answer.</summary>
    public long ThinkTags { get; private set; }

    public SpaceSavingTopK FinishReasons { get; }

    /// <summary>Response length in Unicode scalars.</summary>
    public Moments Lengths { get; }

    public QuantileSketch LengthQuantiles { get; }

    /// <summary>Share of greedy responses equal to the most common one; NaN without greedy responses.</summary>
    [JsonIgnore]
    public double DeterminismRate => GreedyOutputs.Total == 0 ? double.NaN : (double)GreedyOutputs.Entries[0].Count / GreedyOutputs.Total;

    public void Add(ResponseSample sample)
    {
        Responses++;
        Positions.Add(sample.Text);
        if (sample.IsGreedy) GreedyOutputs.Add(HexHash.Format(StableHash.OfText(sample.Text)));
        if (RefusalLexicon.IsRefusal(sample.Text)) Refusals++;
        if (IsLanguageSwitch(sample)) LanguageSwitches++;
        if (sample.Text.Contains("<think>", StringComparison.Ordinal)) ThinkTags++;
        FinishReasons.Add(sample.FinishReason ?? NoFinishReason);
        Lengths.Add(sample.CharacterCount);
        LengthQuantiles.Add(sample.CharacterCount);
    }

    public void Merge(PromptStatistics other)
    {
        if (ReferenceEquals(other, this)) other = other.Clone();
        Responses += other.Responses;
        Positions.Merge(other.Positions);
        GreedyOutputs.Merge(other.GreedyOutputs);
        Refusals += other.Refusals;
        LanguageSwitches += other.LanguageSwitches;
        ThinkTags += other.ThinkTags;
        FinishReasons.Merge(other.FinishReasons);
        Lengths.Merge(other.Lengths);
        LengthQuantiles.Merge(other.LengthQuantiles);
    }

    public PromptStatistics Clone()
    {
        var copy = new PromptStatistics();
        copy.Merge(this);
        return copy;
    }

    private static bool IsLanguageSwitch(ResponseSample sample)
    {
        if (sample.PromptScript == Script.None) return false;
        var response = ScriptDetector.Dominant(sample.Text, sample.Words);
        return response != Script.None && response != sample.PromptScript;
    }
}
