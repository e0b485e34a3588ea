namespace Probes.Contracts;

/// <summary>One campaign: its plan, status and progress; starts the shards and watches over them.</summary>
[Alias("Probes.ICampaignGrain")]
public interface ICampaignGrain : IGrainWithStringKey
{
    [Alias("Start")]
    Task<CampaignProgress> StartAsync(CampaignLaunch launch);

    [Alias("GetProgress")]
    Task<CampaignProgress> GetProgressAsync();

    [Alias("ReportShard")]
    Task ReportShardAsync(ShardProgress progress);

    [Alias("Cancel")]
    Task CancelAsync();

    /// <summary>Reserves budget for a shard's next batch; campaigns without a budget grant everything.</summary>
    [Alias("RequestAllowance")]
    Task<Allowance> RequestAllowanceAsync(AllowanceRequest request);

    /// <summary>Runs a finished campaign's chosen items again; ignored while the campaign is running.</summary>
    [Alias("Retry")]
    Task<CampaignProgress> RetryAsync(RetryLaunch launch);
}

/// <summary>Executes one range of one target's work items and writes them as record batches.</summary>
[Alias("Probes.ICampaignShardGrain")]
public interface ICampaignShardGrain : IGrainWithStringKey
{
    [Alias("Start")]
    Task StartAsync(ShardAssignment assignment);

    /// <summary>Restarts the run loop if the shard is unfinished and idle (after a silo loss); returns progress.</summary>
    [Alias("EnsureRunning")]
    Task<ShardProgress?> EnsureRunningAsync();

    [Alias("Stop")]
    Task StopAsync();
}

/// <summary>The cluster-wide rate governor of one model endpoint.</summary>
[Alias("Probes.ITargetGrain")]
public interface ITargetGrain : IGrainWithStringKey
{
    [Alias("Configure")]
    Task ConfigureAsync(Core.Specs.RateSettings limits);

    [Alias("Lease")]
    Task<PermitLease> LeaseAsync(PermitRequest request);
}

/// <summary>The incremental fingerprint of one target within one campaign.</summary>
[Alias("Probes.IFingerprintGrain")]
public interface IFingerprintGrain : IGrainWithStringKey
{
    /// <remarks>Merging and persisting a large fingerprint on a busy silo can outlast the default 30 s.</remarks>
    [Alias("Apply")]
    [ResponseTimeout("00:02:00")]
    Task<bool> ApplyAsync(FingerprintDelta delta);

    /// <summary>Writes the merged fingerprint to blob storage (campaign copy and analysts' index).</summary>
    [Alias("Flush")]
    [ResponseTimeout("00:02:00")]
    Task<long> FlushAsync();
}
