using System.Globalization;
using Probes.Core.Text;

namespace Probes.Core.Specs;

/// <summary>The part of a fingerprint's identity that comes from decoding settings.</summary>
public static class SamplingKey
{
    public static string Of(SamplingSettings sampling) => StableHash.Hex(string.Join('\u001f',
        sampling.Temperature.ToString("R", CultureInfo.InvariantCulture),
        sampling.MaxTokens.ToString(CultureInfo.InvariantCulture),
        sampling.SystemPrompt ?? string.Empty), 6);
}
