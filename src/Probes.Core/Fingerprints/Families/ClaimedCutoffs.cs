using System.Globalization;
using Probes.Core.Text;

namespace Probes.Core.Fingerprints.Families;

/// <summary>
/// Finds the training cutoffs a reply claims: years 2018–2030, and a month where one is attached ("October
/// 2023", "octubre de 2023", "2023年10月", "2023-10", "10/2023"). The claimed cutoff is a vendor- and
/// release-specific answer, and students distilled from a teacher often repeat the teacher's.
/// Claims are keys "2023" and "2023-10"; each is reported once per reply.
/// </summary>
public static class ClaimedCutoffs
{
    public const int FirstYear = 2018;
    public const int LastYear = 2030;

    private static readonly Dictionary<ulong, int> MonthsByWordHash = IndexMonthNames();
    private static readonly ulong[] Connectors = [WordTokenizer.HashOf("de"), WordTokenizer.HashOf("of")];
    private static readonly ulong YearMark = WordTokenizer.HashOf("年");
    private static readonly ulong MonthMark = WordTokenizer.HashOf("月");

    /// <summary>Probes whose id contains "cutoff" ask for the training cutoff; their replies are searched for claims.</summary>
    internal static bool IsCutoffProbe(string probeId) => probeId.Contains("cutoff", StringComparison.OrdinalIgnoreCase);

    public static bool IsValidClaim(string claim) =>
        claim.Length == 4 ? ParseYear(claim) > 0
        : claim.Length == 7 && claim[4] == '-' && ParseYear(claim.AsSpan(0, 4)) > 0 && MonthNumber(claim.AsSpan(5)) > 0;

    /// <summary>The distinct claims in a reply, years and year-months alike.</summary>
    public static SortedSet<string> Find(ResponseSample sample)
    {
        var claims = new SortedSet<string>(StringComparer.Ordinal);
        var words = sample.Words;
        for (var i = 0; i < words.Length; i++)
        {
            var year = ParseYear(sample.WordText(words[i]));
            if (year == 0) continue;
            claims.Add(year.ToString(CultureInfo.InvariantCulture));
            var month = MonthNear(sample, words, i);
            if (month > 0) claims.Add($"{year}-{month:D2}");
        }
        return claims;
    }

    private static int MonthNear(ResponseSample sample, ReadOnlySpan<WordToken> words, int year)
    {
        if (year >= 1 && MonthsByWordHash.TryGetValue(words[year - 1].Hash, out var named)) return named;
        if (year >= 2 && Connectors.Contains(words[year - 1].Hash) && MonthsByWordHash.TryGetValue(words[year - 2].Hash, out named)) return named;
        if (year + 3 < words.Length && words[year + 1].Hash == YearMark && words[year + 3].Hash == MonthMark)
            return MonthNumber(sample.WordText(words[year + 2]));
        if (year + 1 < words.Length && IsNumericSeparator(Between(sample, words[year], words[year + 1])))
            return MonthNumber(sample.WordText(words[year + 1]));
        if (year >= 1 && IsNumericSeparator(Between(sample, words[year - 1], words[year])))
            return MonthNumber(sample.WordText(words[year - 1]));
        return 0;
    }

    private static ReadOnlySpan<char> Between(ResponseSample sample, WordToken left, WordToken right) =>
        sample.Text.Slice(left.Start + left.Length, right.Start - left.Start - left.Length);

    private static bool IsNumericSeparator(ReadOnlySpan<char> between) => between is "-" or "/" or ".";

    private static int ParseYear(ReadOnlySpan<char> word) =>
        word.Length == 4 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && year is >= FirstYear and <= LastYear ? year : 0;

    private static int MonthNumber(ReadOnlySpan<char> word) =>
        word.Length is 1 or 2 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
        && month is >= 1 and <= 12 ? month : 0;

    // English (with abbreviations), French, Spanish and German month names; shared spellings agree on the month.
    private static Dictionary<ulong, int> IndexMonthNames()
    {
        string[][] names =
        [
            ["january", "jan", "janvier", "enero", "januar"], ["february", "feb", "février", "febrero", "februar"],
            ["march", "mar", "mars", "marzo", "märz"], ["april", "apr", "avril", "abril"], ["may", "mai", "mayo"],
            ["june", "jun", "juin", "junio", "juni"], ["july", "jul", "juillet", "julio", "juli"],
            ["august", "aug", "août", "agosto"], ["september", "sep", "sept", "septembre", "septiembre"],
            ["october", "oct", "octobre", "octubre", "oktober"], ["november", "nov", "novembre", "noviembre"],
            ["december", "dec", "décembre", "diciembre", "dezember"],
        ];
        var index = new Dictionary<ulong, int>();
        for (var month = 0; month < names.Length; month++)
        {
            foreach (var name in names[month]) index.Add(WordTokenizer.HashOf(name), month + 1);
        }
        return index;
    }
}
