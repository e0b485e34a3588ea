using System.Globalization;
using System.Reflection;

namespace Probes.Core.Text.Unicode;

/// <summary>
/// The Unicode properties canonical composition needs, read once from the embedded nfc-data.txt
/// (see make-nfc-data.py there for how it is produced). Carried by the project because the runtime runs with
/// invariant globalization, where the platform normaliser is a no-op.
/// </summary>
internal sealed class NormalizationData
{
    private const string ResourceName = "Probes.Core.Text.Unicode.nfc-data.txt";

    private static readonly Lazy<NormalizationData> Loaded = new(Load);

    private readonly Dictionary<int, int[]> _decompositions = [];
    private readonly Dictionary<long, int> _composites = [];
    private readonly Dictionary<int, byte> _supplementaryClasses = [];
    private readonly byte[] _bmpClasses = new byte[0x10000];

    // BMP code units that can change under NFC (decomposable, combining, or second half of a pair):
    // text free of them is already NFC, which lets the common case return without any work.
    private readonly bool[] _bmpUnstable = new bool[0x10000];

    // The same for supplementary code points: a few hundred marks, decomposables and composition partners. Emoji
    // and other symbols beyond the BMP are stable, so a reply with an emoji needs no composition pass.
    private readonly HashSet<int> _supplementaryUnstable = [];

    public static NormalizationData Instance => Loaded.Value;

    /// <summary>The lowest unit for which <see cref="MayChange"/> holds: text entirely below it (ASCII, Latin-1) is NFC.</summary>
    public char LowestUnstable { get; private set; } = '\uD800';

    public int CombiningClass(int codePoint) => codePoint < 0x10000
        ? _bmpClasses[codePoint]
        : _supplementaryClasses.GetValueOrDefault(codePoint);

    public int[]? Decomposition(int codePoint) => _decompositions.GetValueOrDefault(codePoint);

    public bool TryCompose(int first, int second, out int composite) =>
        _composites.TryGetValue(PairKey(first, second), out composite);

    /// <summary>
    /// True if the code point at <paramref name="index"/> may take part in decomposition or composition (a lone
    /// surrogate always may: it becomes U+FFFD); <paramref name="width"/> is its length in UTF-16 units.
    /// </summary>
    public bool MayChange(ReadOnlySpan<char> text, int index, out int width)
    {
        width = 1;
        var unit = text[index];
        if (!char.IsSurrogate(unit)) return _bmpUnstable[unit];
        if (!char.IsHighSurrogate(unit) || index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1])) return true;
        width = 2;
        return _supplementaryUnstable.Contains(char.ConvertToUtf32(unit, text[index + 1]));
    }

    private static long PairKey(int first, int second) => ((long)first << 21) | (uint)second;

    private static NormalizationData Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var data = new NormalizationData();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                data.Apply(line.Split(' '));
            }
        }
        data.MarkDecomposablesThatDoNotRecompose();
        data.MarkHangulJamo();
        var lowest = Array.IndexOf(data._bmpUnstable, true);
        data.LowestUnstable = (char)(lowest is >= 0 and < 0xD800 ? lowest : 0xD800);
        return data;
    }

    private void Apply(string[] fields)
    {
        switch (fields[0])
        {
            case "d":
                var source = Hex(fields[1]);
                _decompositions[source] = fields[2..].Select(Hex).ToArray();
                break;
            case "p":
                _composites[PairKey(Hex(fields[1]), Hex(fields[2]))] = Hex(fields[3]);
                MarkUnstable(Hex(fields[2]));
                break;
            case "c":
                var range = fields[1].Split('-');
                var first = Hex(range[0]);
                var last = range.Length == 2 ? Hex(range[1]) : first;
                var combiningClass = byte.Parse(fields[2], CultureInfo.InvariantCulture);
                for (var codePoint = first; codePoint <= last; codePoint++)
                {
                    if (codePoint < 0x10000) _bmpClasses[codePoint] = combiningClass;
                    else _supplementaryClasses[codePoint] = combiningClass;
                    MarkUnstable(codePoint);
                }
                break;
        }
    }

    // A precomposed letter such as U+00E9 is its own NFC; singletons and exclusions (U+212B, U+0958) are not.
    private void MarkDecomposablesThatDoNotRecompose()
    {
        var composites = new HashSet<int>(_composites.Values);
        foreach (var source in _decompositions.Keys)
        {
            if (!composites.Contains(source)) MarkUnstable(source);
        }
    }

    // Conjoining jamo compose algorithmically into syllables, so they are not in the pair table.
    private void MarkHangulJamo()
    {
        for (var codePoint = HangulSyllables.VowelBase; codePoint < HangulSyllables.VowelBase + HangulSyllables.VowelCount; codePoint++)
            MarkUnstable(codePoint);
        for (var codePoint = HangulSyllables.TrailBase + 1; codePoint < HangulSyllables.TrailBase + HangulSyllables.TrailCount; codePoint++)
            MarkUnstable(codePoint);
    }

    private void MarkUnstable(int codePoint)
    {
        if (codePoint < 0x10000) _bmpUnstable[codePoint] = true;
        else _supplementaryUnstable.Add(codePoint);
    }

    private static int Hex(string text) => int.Parse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
