using System.Text;
using Probes.Core.Sketches;

namespace Probes.Core.Tests.Sketches;

public sealed class PositionCharTableTests
{
    private static readonly string[] Alphabet = ["a", "b", "c", " ", "é", "\U0001F600", "中"];

    private static List<string> RandomResponses(Random random, int count, int maxLength)
    {
        var responses = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            var length = random.Next(maxLength + 1);
            for (var k = 0; k < length; k++) text.Append(Alphabet[random.Next(random.Next(2) == 0 ? 3 : Alphabet.Length)]);
            responses.Add(text.ToString());
        }
        return responses;
    }

    private static PositionCharTable Table(IEnumerable<string> responses, int length)
    {
        var table = new PositionCharTable(length);
        foreach (var response in responses) table.Add(response);
        return table;
    }

    /// <summary>The response as L symbols: its first L scalars, then pads.</summary>
    private static int[] Padded(string text, int length)
    {
        var symbols = text.EnumerateRunes().Select(rune => rune.Value).Take(length).ToList();
        while (symbols.Count < length) symbols.Add(PositionCharTable.PadSymbol);
        return [.. symbols];
    }

    private static long Agreements(int[] x, int[] y) => x.Zip(y).Count(pair => pair.First == pair.Second);

    /// <summary>Pair sums straight from the definition: Σ over ordered pairs of distinct responses, and across.</summary>
    private static (long WithinX, long PairsX, long WithinY, long PairsY, long Across, long PairsAcross) BruteSums(
        IReadOnlyList<string> xs, IReadOnlyList<string> ys, int length)
    {
        var x = xs.Select(text => Padded(text, length)).ToList();
        var y = ys.Select(text => Padded(text, length)).ToList();
        long withinX = 0, withinY = 0, across = 0;
        for (var i = 0; i < x.Count; i++) for (var j = 0; j < x.Count; j++) if (i != j) withinX += Agreements(x[i], x[j]);
        for (var i = 0; i < y.Count; i++) for (var j = 0; j < y.Count; j++) if (i != j) withinY += Agreements(y[i], y[j]);
        foreach (var a in x) foreach (var b in y) across += Agreements(a, b);
        return (withinX, x.Count * (x.Count - 1L), withinY, y.Count * (y.Count - 1L), across, (long)x.Count * y.Count);
    }

    private static double BruteMmd(IReadOnlyList<string> xs, IReadOnlyList<string> ys, int length)
    {
        var s = BruteSums(xs, ys, length);
        return ((double)s.WithinX / s.PairsX - 2.0 * s.Across / s.PairsAcross + (double)s.WithinY / s.PairsY) / length;
    }

    [Theory]
    [InlineData(1, 8, 6)]
    [InlineData(2, 8, 12)]
    [InlineData(3, 128, 150)]
    [InlineData(4, 16, 0)]
    public void Mmd_from_the_tables_equals_the_brute_force_unbiased_statistic(int seed, int length, int maxResponseLength)
    {
        var random = new Random(seed);
        var xs = RandomResponses(random, 12, maxResponseLength);
        var ys = RandomResponses(random, 9, maxResponseLength / 2 + 1);
        var fromTables = PositionCharTable.MmdSquared(Table(xs, length), Table(ys, length));
        Assert.Equal(BruteMmd(xs, ys, length), fromTables, 12);
    }

    [Fact]
    public void Pooled_mmd_adds_pair_sums_over_prompts_before_dividing()
    {
        var random = new Random(7);
        const int length = 10;
        var prompts = Enumerable.Range(0, 4).Select(p => (X: RandomResponses(random, 3 + p, 14), Y: RandomResponses(random, 6 - p, 9))).ToList();
        long withinX = 0, pairsX = 0, withinY = 0, pairsY = 0, across = 0, pairsAcross = 0;
        foreach (var (xs, ys) in prompts)
        {
            var s = BruteSums(xs, ys, length);
            (withinX, pairsX, withinY, pairsY) = (withinX + s.WithinX, pairsX + s.PairsX, withinY + s.WithinY, pairsY + s.PairsY);
            (across, pairsAcross) = (across + s.Across, pairsAcross + s.PairsAcross);
        }
        var expected = ((double)withinX / pairsX - 2.0 * across / pairsAcross + (double)withinY / pairsY) / length;
        var pooled = PositionCharTable.PooledMmdSquared(prompts.Select(p => (Table(p.X, length), Table(p.Y, length))));
        Assert.Equal(expected, pooled, 12);
    }

    [Fact]
    public void Identical_constant_answers_give_zero_and_disjoint_ones_give_the_largest_value()
    {
        Assert.Equal(0, PositionCharTable.MmdSquared(Table(["Paris", "Paris"], 8), Table(["Paris", "Paris", "Paris"], 8)));
        Assert.Equal(2 * 5 / 8.0, PositionCharTable.MmdSquared(Table(["Paris", "Paris"], 8), Table(["Lyon!", "Lyon!"], 8)), 12);
        Assert.True(double.IsNaN(PositionCharTable.MmdSquared(Table(["one"], 8), Table(["a", "b"], 8))));
    }

    [Fact]
    public void Counts_cover_scalars_and_pads_at_every_position()
    {
        var table = Table(["ab\U0001F600", "a", ""], 4);
        Assert.Equal(3, table.Count);
        Assert.Equal(2, table.CountOf(0, 'a'));
        Assert.Equal(1, table.CountOf(0, PositionCharTable.PadSymbol));
        Assert.Equal(1, table.CountOf(2, 0x1F600));
        Assert.Equal(3, table.CountOf(3, PositionCharTable.PadSymbol));
        Assert.Equal([1L, 1, 0, 1, 0], table.LengthCounts.ToArray());
    }

    [Fact]
    public void Merge_equals_the_table_of_all_responses_and_json_round_trips()
    {
        var responses = RandomResponses(new Random(5), 60, 20);
        var whole = Table(responses, 16);
        var left = Table(responses.Take(25), 16);
        left.Merge(Table(responses.Skip(25), 16));
        Assert.Equal(SketchJson.Write(whole), SketchJson.Write(left));
        var restored = SketchJson.AssertRoundTrips(whole);
        Assert.Equal(0, PositionCharTable.MmdSquared(whole, restored) - PositionCharTable.MmdSquared(whole, whole), 12);
        Assert.Throws<InvalidOperationException>(() => whole.Merge(new PositionCharTable(8)));
    }

    [Fact]
    public void Large_tables_agree_with_the_brute_force_statistic_and_with_merged_small_ones()
    {
        var random = new Random(21);
        string Reply() => new([.. Enumerable.Range(0, random.Next(100, 140)).Select(_ => random.Next(8) == 0 ? '\u00E9' : (char)random.Next(32, 127))]);
        var xs = Enumerable.Range(0, 40).Select(_ => Reply()).ToList();
        var ys = Enumerable.Range(0, 30).Select(_ => Reply()).ToList();
        var x = Table(xs, PositionCharTable.DefaultLength);
        Assert.True(x.Cells.Count() > 2048);
        Assert.Equal(BruteMmd(xs, ys, PositionCharTable.DefaultLength), PositionCharTable.MmdSquared(x, Table(ys, PositionCharTable.DefaultLength)), 12);
        var merged = new PositionCharTable();
        foreach (var part in xs.Chunk(3)) merged.Merge(Table(part, PositionCharTable.DefaultLength));
        Assert.Equal(SketchJson.Write(x), SketchJson.Write(merged));
        var smallFirst = Table(xs.Take(2), PositionCharTable.DefaultLength);
        smallFirst.Merge(Table(xs.Skip(2), PositionCharTable.DefaultLength));
        Assert.Equal(SketchJson.Write(x), SketchJson.Write(smallFirst));
        Assert.Equal(SketchJson.Write(x), SketchJson.Write(SketchJson.AssertRoundTrips(x)));
    }

    /// <summary>
    /// A large table keeps ASCII cells in an array and counts replies in deferred groups; every read must see
    /// every reply added so far, whatever the number still waiting, including reads between adds.
    /// </summary>
    [Theory]
    [InlineData(200)]
    [InlineData(207)]
    public void Every_count_of_a_large_table_equals_the_count_from_the_definition(int replies)
    {
        var random = new Random(replies);
        string Reply() => new([.. Enumerable.Range(0, random.Next(0, 150)).Select(_ => random.Next(10) == 0 ? '\u00E9' : (char)random.Next(32, 127))]);
        var texts = Enumerable.Range(0, replies).Select(_ => Reply()).ToList();
        var table = new PositionCharTable();
        for (var i = 0; i < texts.Count; i++)
        {
            table.Add(texts[i]);
            if (i % 37 == 5) Assert.Equal(texts.Take(i + 1).Count(text => text.Length > 3 && text[3] == 'e'), table.CountOf(3, 'e'));
        }
        var padded = texts.Select(text => Padded(text, table.Length)).ToList();
        for (var position = 0; position < table.Length; position += 7)
        {
            foreach (var symbol in new[] { 'e', ' ', '~', '\u00E9', PositionCharTable.PadSymbol })
                Assert.Equal(padded.Count(reply => reply[position] == symbol), table.CountOf(position, symbol));
        }
        Assert.True(table.Cells.Count() > 2048);
        Assert.Equal(padded.Sum(reply => reply.Count(symbol => symbol != PositionCharTable.PadSymbol)), table.Cells.Sum(cell => cell.Count));
    }

    /// <summary>Dense counts start at 16 bits: a count past 65,535, by replies or by a merge, must stay exact.</summary>
    [Fact]
    public void Counts_past_sixteen_bits_stay_exact_whether_added_or_merged()
    {
        var random = new Random(11);
        var varied = Enumerable.Range(0, 200)
            .Select(_ => new string([.. Enumerable.Range(0, 128).Select(_ => (char)random.Next(32, 127))])).ToList();
        var table = Table(varied, PositionCharTable.DefaultLength);
        var expected = varied.Count(text => text[0] == 'a');
        for (var i = 0; i < 70_000; i++) table.Add("ab");
        Assert.Equal(expected + 70_000L, table.CountOf(0, 'a'));
        Assert.Equal(varied.Count(text => text[1] == 'b') + 70_000L, table.CountOf(1, 'b'));
        var merged = Table(varied, PositionCharTable.DefaultLength);
        merged.Merge(table);
        Assert.Equal(2 * expected + 70_000L, merged.CountOf(0, 'a'));
        Assert.Equal(table.Count + varied.Count, merged.Count);
        Assert.Equal(SketchJson.Write(table), SketchJson.Write(SketchJson.AssertRoundTrips(table)));
    }

    [Fact]
    public void Readers_on_several_threads_see_the_same_counts_of_a_table_with_replies_waiting()
    {
        var random = new Random(3);
        var texts = Enumerable.Range(0, 300).Select(_ => new string([.. Enumerable.Range(0, 128).Select(_ => (char)random.Next(32, 127))])).ToList();
        var expected = SketchJson.Write(Table(texts, PositionCharTable.DefaultLength));
        for (var round = 0; round < 5; round++)
        {
            var table = Table(texts.Take(290 + round), PositionCharTable.DefaultLength);
            foreach (var text in texts.Skip(290 + round)) table.Add(text);
            var sums = new long[4];
            Parallel.For(0, sums.Length, reader => sums[reader] = table.Cells.Sum(cell => cell.Count));
            Assert.All(sums, sum => Assert.Equal(300L * 128, sum));
            Assert.Equal(expected, SketchJson.Write(table));
        }
    }

    [Fact]
    public void Json_lists_each_position_s_symbols_as_text_in_code_point_order()
    {
        var json = SketchJson.Write(Table(["ba", "b", "\U0001F600"], 4));
        Assert.Equal("""{"length":4,"count":3,"lengths":[1,2],"lengthCounts":[2,1],"symbols":["b\uD83D\uDE00","a"],"counts":[[2,1],[1]]}""",
            json.Replace("\U0001F600", "\\uD83D\\uDE00"));
    }

    [Fact]
    public void A_lone_surrogate_counts_as_the_replacement_character()
    {
        var table = Table(["a\uD800b"], 4);
        Assert.Equal(1, table.CountOf(1, 0xFFFD));
        SketchJson.AssertRoundTrips(table);
    }

    [Theory]
    [InlineData("""{"length":2,"count":2,"lengths":[2],"lengthCounts":[2],"symbols":["a","b"],"counts":[[2],[1]]}""")]
    [InlineData("""{"length":2,"count":1,"lengths":[3],"lengthCounts":[1],"symbols":[],"counts":[]}""")]
    [InlineData("""{"length":2,"count":2,"lengths":[1],"lengthCounts":[2],"symbols":["ba"],"counts":[[1,1]]}""")]
    [InlineData("""{"length":2,"count":2,"lengths":[1],"lengthCounts":[2],"symbols":["ab"],"counts":[[1]]}""")]
    [InlineData("""{"length":1,"count":1,"lengths":[1],"lengthCounts":[1],"symbols":["a","b"],"counts":[[1],[1]]}""")]
    public void Json_that_does_not_account_for_every_response_is_rejected(string json) =>
        Assert.ThrowsAny<Exception>(() => SketchJson.Read<PositionCharTable>(json));
}
