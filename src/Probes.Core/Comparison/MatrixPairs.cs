namespace Probes.Core.Comparison;

/// <summary>
/// The distinct pairs of a matrix, row-major, as a list that builds each result only when it is read, so listing
/// the pairs of a large matrix costs nothing until a caller walks them.
/// </summary>
internal sealed class MatrixPairs(SimilarityMatrix matrix) : IReadOnlyList<SimilarityResult>
{
    private readonly int _size = matrix.Targets.Count;

    public int Count => _size * (_size - 1) / 2;

    public SimilarityResult this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            // Row r holds size − 1 − r pairs: skip whole rows until the index falls inside one.
            var row = 0;
            while (index >= _size - 1 - row)
            {
                index -= _size - 1 - row;
                row++;
            }
            return matrix[row, row + 1 + index];
        }
    }

    public IEnumerator<SimilarityResult> GetEnumerator()
    {
        for (var i = 0; i < _size; i++)
        {
            for (var j = i + 1; j < _size; j++) yield return matrix[i, j];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
