using System.Text;
using Probes.Core.Fingerprints;
using Probes.Core.Fingerprints.Families;

namespace Probes.Cli.Output;

/// <summary>A fingerprint as an analyst reads it: counts, lengths, formats, identity claims, top answers per probe.</summary>
public static class FingerprintSummary
{
    public static string Render(Fingerprint fingerprint)
    {
        var text = new StringBuilder();
        text.AppendLine($"fingerprint {fingerprint.Key}");
        text.AppendLine($"  records {fingerprint.RecordCount}, errors {fingerprint.ErrorCount}");
        var length = fingerprint.Length;
        text.AppendLine($"  length: {length.Characters.Mean:F0} ± {length.Characters.StandardDeviation:F0} characters, {length.Words.Mean:F0} ± {length.Words.StandardDeviation:F0} words");

        var format = fingerprint.Format;
        text.AppendLine("  format rates: " + string.Join(", ", FormatDetector.All
            .Select(marker => (Name: FormatFeatures.NameOf(marker), Rate: format.RateOf(marker)))
            .Where(m => m.Rate > 0)
            .OrderByDescending(m => m.Rate)
            .Select(m => $"{m.Name} {m.Rate:P0}")));

        var identity = fingerprint.Identity;
        var claims = identity.Mentions.Where(m => m.Value > 0).OrderByDescending(m => m.Value).ToList();
        text.AppendLine("  identity mentions: " + (claims.Count == 0
            ? "none"
            : string.Join(", ", claims.Select(c => $"{c.Key} {c.Value}/{identity.Responses}"))));

        text.AppendLine("  top answers per probe:");
        foreach (var (probe, answers) in fingerprint.Answers.ByProbe.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var top = answers.Entries.Take(3).Select(e => $"{e.Item} {e.Count}/{answers.Total}");
            text.AppendLine($"    {probe,-28} {string.Join(", ", top)}");
        }
        return text.ToString().TrimEnd();
    }
}
