namespace Probes.Grains.Shards;

/// <summary>
/// A shard's durable cursor. <see cref="PendingSeq"/>/<see cref="PendingDelta"/> hold a batch that is in blob
/// storage but may not yet be in the fingerprint: re-sent on activation, deduplicated by the fingerprint grain.
/// </summary>
[GenerateSerializer, Alias("Probes.ShardState")]
public sealed class ShardState
{
    [Id(0)] public ShardAssignment? Assignment { get; set; }
    [Id(1)] public long Cursor { get; set; }
    [Id(2)] public long NextSeq { get; set; }
    [Id(3)] public long Errors { get; set; }
    [Id(4)] public long PendingSeq { get; set; } = -1;
    [Id(5)] public byte[]? PendingDelta { get; set; }
    [Id(6)] public bool Done { get; set; }
    [Id(7)] public bool Stopped { get; set; }

    /// <summary>The campaign's budget could not cover this shard's next item: the rest is not sent.</summary>
    [Id(8)] public bool BudgetStopped { get; set; }

    /// <summary>Tokens and dollars of every recorded batch, written with the cursor so a re-executed batch counts once.</summary>
    [Id(9)] public long SpentTokens { get; set; }

    [Id(10)] public decimal SpentCostUsd { get; set; }
}
