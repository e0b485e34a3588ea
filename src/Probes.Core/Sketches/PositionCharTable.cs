using System.Text.Json.Serialization;

namespace Probes.Core.Sketches;

/// <summary>
/// For one prompt, how often each symbol (Unicode scalar) appears at each of the first L positions of the
/// responses, responses shorter than L counting as padded with <see cref="PadSymbol"/>, and n, the number of
/// responses. These counts give the Model Equality Testing statistic (Gao et al., 2025) with a Hamming kernel
/// exactly (see <see cref="MmdSquared"/>). Merging adds counts: exact and order-free.
/// Storage is sparse: one cell per (position, symbol) seen (<see cref="PositionCells"/>, dense for ASCII once a
/// table is large), and pads as a histogram of response lengths (a response of length ℓ &lt; L pads positions
/// ℓ…L−1), so a one-word answer costs a few updates, not L.
/// </summary>
[JsonConverter(typeof(PositionCharTableJsonConverter))]
public sealed partial class PositionCharTable
{
    public const int DefaultLength = 128;
    public const int MaxLength = 1024;

    /// <summary>The pad: one past the last Unicode scalar, so it equals no character.</summary>
    public const int PadSymbol = 0x110000;

    private const int SymbolSpace = PadSymbol + 1;
    private const int ReplacementSymbol = 0xFFFD;

    private readonly PositionCells _cells;
    private readonly long[] _lengthCounts;

    public PositionCharTable(int length = DefaultLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, MaxLength);
        Length = length;
        _cells = new PositionCells(length, SymbolSpace);
        _lengthCounts = new long[length + 1];
    }

    /// <summary>L: the number of leading positions compared.</summary>
    public int Length { get; }

    /// <summary>n: responses counted.</summary>
    public long Count { get; private set; }

    /// <summary>Responses by length in symbols, capped at L (index ℓ = 0…L).</summary>
    public ReadOnlySpan<long> LengthCounts => _lengthCounts;

    /// <summary>Non-pad cells, by position then symbol.</summary>
    public IEnumerable<(int Position, int Symbol, long Count)> Cells =>
        _cells.Entries.OrderBy(cell => cell.Key).Select(cell => (cell.Key / SymbolSpace, cell.Key % SymbolSpace, cell.Value));

    /// <summary>Adds one response: its first L scalars (a lone surrogate counts as U+FFFD, as decoders show it).</summary>
    public void Add(ReadOnlySpan<char> text)
    {
        var head = text[..Math.Min(text.Length, Length)];
        int position;
        // Most replies open without a surrogate (one vectorised search): each unit is then a symbol.
        if (head.IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            position = head.Length;
            _cells.AddReply(head);
        }
        else
        {
            Span<int> symbols = stackalloc int[Length];
            position = DecodeScalars(text, symbols);
            _cells.AddReply(symbols[..position]);
        }
        _lengthCounts[position]++;
        Count++;
    }

    /// <summary>The first scalars of the text, up to the span's length; returns how many were written.</summary>
    private static int DecodeScalars(ReadOnlySpan<char> text, Span<int> symbols)
    {
        var position = 0;
        for (var i = 0; i < text.Length && position < symbols.Length; i++)
        {
            int symbol = text[i];
            if (char.IsSurrogate(text[i]))
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    symbol = char.ConvertToUtf32(text[i], text[i + 1]);
                    i++;
                }
                else
                {
                    symbol = ReplacementSymbol;
                }
            }
            symbols[position++] = symbol;
        }
        return position;
    }

    /// <summary>How many responses have <paramref name="symbol"/> (possibly <see cref="PadSymbol"/>) at the position.</summary>
    public long CountOf(int position, int symbol)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(position, Length);
        return symbol == PadSymbol ? PadCount(position) : _cells[position * SymbolSpace + symbol];
    }

    /// <summary>Responses padded at this position: those shorter than position + 1.</summary>
    public long PadCount(int position)
    {
        var padded = 0L;
        for (var length = 0; length <= position; length++) padded += _lengthCounts[length];
        return padded;
    }

    public void Merge(PositionCharTable other)
    {
        RequireSameLength(other);
        if (ReferenceEquals(other, this)) other = Clone();
        foreach (var (key, count) in other._cells.Entries) _cells.Add(key, count);
        for (var length = 0; length <= Length; length++) _lengthCounts[length] += other._lengthCounts[length];
        Count += other.Count;
    }

    public PositionCharTable Clone()
    {
        var copy = new PositionCharTable(Length);
        copy.Merge(this);
        return copy;
    }

    private void RequireSameLength(PositionCharTable other)
    {
        if (other.Length != Length) throw new InvalidOperationException($"Position tables of length {other.Length} and {Length} do not combine.");
    }
}
