using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Probes.Core.Text;

/// <summary>
/// The <see cref="PolynomialHash"/> of a word that fills the first n lanes of a 16-unit vector (n below 16):
/// Σ u_k·B^(n−1−k) over the lanes kept. Row n of a table holds those powers and zeros after them, so the lanes
/// past the word vanish in the products and a word of any such length costs the same few vector operations,
/// with no branch on its length.
/// </summary>
internal static class ShortWordHash
{
    public const int Lanes = 16;

    private static readonly ulong[] PowersByLength = TabulatePowers();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Of(Vector256<ushort> units, int length)
    {
        ref var powers = ref PowersByLength[length * Lanes];
        if (Vector512.IsHardwareAccelerated)
        {
            var (low, high) = Vector512.Widen(Vector512.Widen(units.ToVector512Unsafe()).Lower);
            return Vector512.Sum(low * Vector512.LoadUnsafe(ref powers) + high * Vector512.LoadUnsafe(ref powers, 8));
        }
        var hash = 0UL;
        for (var k = 0; k < length; k++) hash += units.GetElement(k) * Unsafe.Add(ref powers, k);
        return hash;
    }

    private static ulong[] TabulatePowers()
    {
        var powers = new ulong[Lanes * Lanes];
        for (var length = 1; length < Lanes; length++)
        {
            for (var k = 0; k < length; k++) powers[length * Lanes + k] = PolynomialHash.PowerOfBase(length - 1 - k);
        }
        return powers;
    }
}
