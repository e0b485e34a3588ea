using Probes.Core.Text;

namespace Probes.Core.Comparison.SameModel;

/// <summary>
/// Explains a driving prompt in the terms the kernel sees: per character position, how far apart the two models'
/// character distributions are, and the first word at which their most common choices part.
/// </summary>
internal static class PromptContrasts
{
    public const int MaxPositions = 3;
    private const int MaxWords = 32;
    private const int Pad = -1;

    public static PromptContribution Describe(PromptKernel kernel, int length)
    {
        var x = kernel.Windows[..kernel.N];
        var y = kernel.Windows[kernel.N..];
        var positions = new List<PositionContrast>();
        var tally = new List<SymbolCount>();
        for (var position = 0; position < length; position++)
        {
            tally.Clear();
            foreach (var window in x) Count(tally, SymbolAt(window, position), inX: true);
            foreach (var window in y) Count(tally, SymbolAt(window, position), inX: false);
            var distance = TotalVariation(tally, x.Length, y.Length);
            if (distance > 0)
            {
                positions.Add(new PositionContrast(position, distance, Show(Mode(tally, inX: true)), Show(Mode(tally, inX: false))));
            }
        }
        var strongest = positions
            .OrderByDescending(p => p.Distance)
            .ThenBy(p => p.Position)
            .Take(MaxPositions)
            .ToArray();
        var mmd = kernel.Observed.NormalisedMmd(kernel.Counts, length);
        return new PromptContribution(kernel.Prompt, mmd, kernel.N, kernel.M, FirstDifferingWord(x, y), strongest);
    }

    private static WordContrast? FirstDifferingWord(string[] x, string[] y)
    {
        var wordsX = x.Select(Words).ToArray();
        var wordsY = y.Select(Words).ToArray();
        for (var index = 0; index < MaxWords; index++)
        {
            var commonX = Mode(wordsX.Select(words => WordAt(words, index)));
            var commonY = Mode(wordsY.Select(words => WordAt(words, index)));
            if (commonX != commonY)
            {
                return new WordContrast(index, commonX, commonY);
            }
            if (commonX == PositionContrast.EndOfText)
            {
                return null;
            }
        }
        return null;
    }

    private static string[] Words(string text)
    {
        var words = new List<string>();
        foreach (var token in WordTokenizer.Tokenize(text))
        {
            words.Add(WordTokenizer.FoldToString(token.In(text)));
            if (words.Count == MaxWords) break;
        }
        return [.. words];
    }

    private static string WordAt(string[] words, int index) => index < words.Length ? words[index] : PositionContrast.EndOfText;

    private static int SymbolAt(string window, int position) => position < window.Length ? window[position] : Pad;

    private static string Show(int symbol) => symbol == Pad ? PositionContrast.EndOfText : ((char)symbol).ToString();

    private static void Count(List<SymbolCount> tally, int symbol, bool inX)
    {
        var index = tally.FindIndex(entry => entry.Symbol == symbol);
        if (index < 0)
        {
            tally.Add(new SymbolCount(symbol, 0, 0));
            index = tally.Count - 1;
        }
        var entry = tally[index];
        tally[index] = inX ? entry with { X = entry.X + 1 } : entry with { Y = entry.Y + 1 };
    }

    /// <summary>
    /// Half the L1 distance between the empirical distributions: the share of mass that would have to move. Summed in
    /// integers over the common denominator, so equal distances are exactly equal and rank by position alone.
    /// </summary>
    private static double TotalVariation(List<SymbolCount> tally, int n, int m)
    {
        long sum = 0;
        foreach (var entry in tally) sum += Math.Abs((long)entry.X * m - (long)entry.Y * n);
        return sum / (2.0 * n * m);
    }

    /// <summary>One side's most frequent symbol; among equally frequent ones the first seen.</summary>
    private static int Mode(List<SymbolCount> tally, bool inX)
    {
        var best = tally[0];
        foreach (var entry in tally)
        {
            if ((inX ? entry.X - best.X : entry.Y - best.Y) > 0) best = entry;
        }
        return best.Symbol;
    }

    private readonly record struct SymbolCount(int Symbol, int X, int Y);

    /// <summary>The most frequent value; among equally frequent ones the first seen, so the choice is reproducible.</summary>
    private static T Mode<T>(IEnumerable<T> values) where T : notnull =>
        values.Select((value, order) => (value, order))
            .GroupBy(v => v.value)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().order)
            .First().Key;
}
