using System.Runtime.CompilerServices;

namespace Probes.Core.Text;

/// <summary>
/// Polynomial hashing modulo 2^64: P(s) = Σ s[i]·B^(n−1−i) over UTF-16 units. Unlike FNV it composes,
/// P(a + b) = P(a)·B^|b| + P(b), so the hash of a phrase follows from the hashes of its words without reading
/// their characters again; that is what lets one tokenisation pass feed every n-gram sketch.
/// Collisions need structured strings of thousands of units (Thue–Morse), far longer than the words and
/// phrases hashed here; <see cref="StableHash.Mix"/> then spreads the bits for bucket and register indices.
/// </summary>
public static class PolynomialHash
{
    /// <summary>The base: odd, so every power is a unit modulo 2^64, with well spread bits.</summary>
    public const ulong Base = 0x9E3779B97F4A7C15UL;

    private const int TabulatedPowers = 256;

    private static readonly ulong[] Powers = TabulatePowers();

    public static ulong Step(ulong hash, char c) => hash * Base + c;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = 0UL;
        foreach (var c in text) hash = Step(hash, c);
        return hash;
    }

    /// <summary>P(a + b) from P(a), P(b) and |b|.</summary>
    public static ulong Concat(ulong left, ulong right, int rightLength) => left * PowerOfBase(rightLength) + right;

    /// <summary>P(a + " " + b): the hash of two words joined by one space.</summary>
    public static ulong JoinWithSpace(ulong left, ulong right, int rightLength)
    {
        var power = PowerOfBase(rightLength);
        return (left * Base + ' ') * power + right;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong PowerOfBase(int exponent) => (uint)exponent < TabulatedPowers ? Powers[exponent] : UntabulatedPower(exponent);

    private static ulong UntabulatedPower(int exponent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(exponent);
        var power = Powers[TabulatedPowers - 1];
        for (var k = TabulatedPowers - 1; k < exponent; k++) power *= Base;
        return power;
    }

    private static ulong[] TabulatePowers()
    {
        var powers = new ulong[TabulatedPowers];
        powers[0] = 1;
        for (var k = 1; k < powers.Length; k++) powers[k] = powers[k - 1] * Base;
        return powers;
    }
}
