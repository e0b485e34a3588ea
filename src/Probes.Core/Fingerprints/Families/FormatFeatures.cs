using System.Text.Json;
using System.Text.Json.Serialization;

namespace Probes.Core.Fingerprints.Families;

/// <summary>How many of <see cref="Responses"/> use each formatting habit; a rate is count / responses.</summary>
public sealed class FormatFeatures : FeatureFamily<FormatFeatures>
{
    private readonly long[] _counts = new long[FormatDetector.All.Count];

    public FormatFeatures()
    {
    }

    [JsonConstructor]
    public FormatFeatures(long responses, IReadOnlyDictionary<string, long> counts)
    {
        Responses = responses;
        foreach (var (name, count) in counts)
        {
            var index = IndexOf(name);
            if (index < 0 || count < 0 || count > responses) throw new ArgumentException($"Invalid format count for '{name}'.");
            _counts[index] = count;
        }
    }

    public long Responses { get; private set; }

    /// <summary>Responses showing each marker, by camel-case marker name (every marker listed).</summary>
    public IReadOnlyDictionary<string, long> Counts
    {
        get
        {
            var counts = new Dictionary<string, long>(_counts.Length);
            for (var i = 0; i < _counts.Length; i++) counts[NameOf(FormatDetector.All[i])] = _counts[i];
            return counts;
        }
    }

    public long CountOf(FormatMarkers marker) => _counts[IndexOf(marker)];

    public double RateOf(FormatMarkers marker) => Responses == 0 ? 0 : (double)CountOf(marker) / Responses;

    public static string NameOf(FormatMarkers marker) => JsonNamingPolicy.CamelCase.ConvertName(marker.ToString());

    public override void Add(ResponseSample sample)
    {
        Responses++;
        var found = FormatDetector.Detect(sample.Text);
        for (var i = 0; i < _counts.Length; i++)
        {
            if ((found & FormatDetector.All[i]) != 0) _counts[i]++;
        }
    }

    public override void Merge(FormatFeatures other)
    {
        Responses += other.Responses;
        for (var i = 0; i < _counts.Length; i++) _counts[i] += other._counts[i];
    }

    private static int IndexOf(FormatMarkers marker)
    {
        for (var i = 0; i < FormatDetector.All.Count; i++)
        {
            if (FormatDetector.All[i] == marker) return i;
        }
        throw new ArgumentException($"{marker} is not a single format marker.", nameof(marker));
    }

    private static int IndexOf(string name)
    {
        for (var i = 0; i < FormatDetector.All.Count; i++)
        {
            if (NameOf(FormatDetector.All[i]) == name) return i;
        }
        return -1;
    }
}
