using Microsoft.Extensions.Logging;
using Probes.Core.Fingerprints;
using Probes.Storage;

namespace Probes.Grains.Fingerprints;

/// <summary>
/// Folds per-batch deltas into one target's fingerprint for one campaign (key <c>{campaign}/{target}</c>).
/// Deltas arrive in order per shard, so "seq not above the last applied" identifies a duplicate exactly.
/// A grain with no state of its own starts from the campaign's stored snapshot, if there is one: an embedded run keeps
/// grain state in memory only, so a later retry of its failed items must fold into what the finished run flushed,
/// not replace it. Retry shards have keys of their own, so the original shards' applied seqs are not needed for that.
/// </summary>
public sealed class FingerprintGrain(
    [PersistentState("fingerprint", GrainStorage.Name)] IPersistentState<FingerprintGrainState> state,
    ProbeStore store,
    ILogger<FingerprintGrain> logger) : Grain, IFingerprintGrain
{
    private Fingerprint? _fingerprint;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        var json = state.State.FingerprintJson
            ?? await store.ReadCampaignFingerprintAsync(CampaignIdOf(key), key[(key.LastIndexOf('/') + 1)..], cancellationToken);
        if (json is not null)
        {
            _fingerprint = Fingerprint.FromJson(json);
            state.State.FingerprintJson ??= json;
        }
    }

    public async Task<bool> ApplyAsync(FingerprintDelta delta)
    {
        if (state.State.LastAppliedSeq.TryGetValue(delta.Shard, out var last) && delta.Seq <= last)
        {
            logger.LogInformation("Ignoring duplicate delta {Shard} seq {Seq} (last applied {Last})", delta.Shard, delta.Seq, last);
            return false;
        }
        var incoming = Fingerprint.FromJson(delta.FingerprintJson);
        if (_fingerprint is null)
        {
            _fingerprint = incoming;
        }
        else
        {
            _fingerprint.Merge(incoming);
        }
        state.State.LastAppliedSeq[delta.Shard] = delta.Seq;
        state.State.FingerprintJson = _fingerprint.ToJson();
        state.State.CampaignId ??= CampaignIdOf(this.GetPrimaryKeyString());
        await state.WriteStateAsync();
        return true;
    }

    public async Task<long> FlushAsync()
    {
        if (_fingerprint is null || state.State.FingerprintJson is not { } json)
        {
            return 0;
        }
        await store.WriteFingerprintAsync(CampaignIdOf(this.GetPrimaryKeyString()), _fingerprint.Key, json, CancellationToken.None);
        return _fingerprint.RecordCount;
    }

    public static string KeyOf(string campaignId, string targetId) => $"{campaignId}/{targetId}";

    private static string CampaignIdOf(string key) => key[..key.LastIndexOf('/')];
}
