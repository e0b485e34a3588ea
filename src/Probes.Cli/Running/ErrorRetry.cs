using Microsoft.Extensions.DependencyInjection;
using Probes.Cli.CommandLine;
using Probes.Contracts;
using Probes.Grains.Campaigns;
using Probes.Hosting;
using Probes.Storage;

namespace Probes.Cli.Running;

/// <summary>
/// Re-runs the items of a finished campaign whose latest record is an error: same plan, same item indices (so the
/// same prompts, variants and samples), written as a new retry attempt whose batches never collide with earlier ones.
/// Readers then resolve each item to its latest record, so every item keeps exactly one effective record.
/// </summary>
public static class ErrorRetry
{
    public static async Task<RetryOutcome> RunAsync(string campaignId, StorageOptions storage, TextWriter output, CancellationToken cancellationToken)
    {
        var store = new ProbeStore(BlobStoreFactory.Create(storage));
        var snapshot = await CampaignSnapshots.ReadAsync(store, campaignId, cancellationToken);
        if (snapshot.Status is CampaignStatus.Running or CampaignStatus.NotStarted)
        {
            throw new CommandFailedException(
                $"campaign '{campaignId}' is {snapshot.Status.ToString().ToLowerInvariant()} (or the process running it ended before it finished); " +
                "retry errors once it has finished");
        }
        var failed = new List<RetryItems>();
        foreach (var target in snapshot.Plan().Spec.Targets)
        {
            var indices = new List<long>();
            await foreach (var record in store.ReadRecordsAsync(campaignId, target.Id, cancellationToken))
            {
                if (!record.Succeeded)
                {
                    indices.Add(record.ItemIndex);
                }
            }
            if (indices.Count > 0)
            {
                failed.Add(new RetryItems(target.Id, [.. indices.Order()]));
            }
        }
        var count = failed.Sum(f => f.Indices.LongLength);
        if (count == 0)
        {
            return new RetryOutcome(0, 0, 0, 0, 0, snapshot.Status, snapshot.StopReason);
        }
        // Attempts number on from both the batches in storage and campaign.json, so an attempt that was stopped before
        // writing anything still never has its name reused.
        var attempt = Math.Max(await store.LatestAttemptAsync(campaignId, cancellationToken), snapshot.RetryAttempt) + 1;
        output.WriteLine($"campaign {campaignId}: retrying {count} failed items as attempt {attempt} → {store.Blobs.Describe()}");

        await using var host = await EmbeddedHost.StartAsync(storage, cancellationToken: cancellationToken);
        var options = host.Services.GetRequiredService<ProbesHostOptions>();
        var campaign = host.Client.GetGrain<ICampaignGrain>(campaignId);
        var progress = await campaign.RetryAsync(new RetryLaunch(
            snapshot.PlanJson, attempt, options.ShardSize, options.BatchSize, failed, snapshot.Targets, snapshot.StartedAt));
        progress = await CampaignRunner.WatchAsync(campaign, progress, _ => { }, cancellationToken);

        long succeeded = 0, stillFailing = 0;
        foreach (var target in failed)
        {
            await foreach (var record in store.ReadStoredRecordsAsync(campaignId, target.TargetId, attempt, cancellationToken))
            {
                if (record.Succeeded)
                {
                    succeeded++;
                }
                else
                {
                    stillFailing++;
                }
            }
        }
        return new RetryOutcome(attempt, count, succeeded, stillFailing, count - succeeded - stillFailing, progress.Status, progress.StopReason);
    }
}

/// <summary>What one <c>retry-errors</c> did: items retried, how they ended, and the campaign's status after it.</summary>
public sealed record RetryOutcome(int Attempt, long Retried, long Succeeded, long StillFailing, long NotSent, CampaignStatus Status, string? StopReason)
{
    public string Summary() => Retried == 0
        ? "no failed items: nothing to retry"
        : $"retried {Retried} items: {Succeeded} succeeded, {StillFailing} still failing" +
          (NotSent > 0 ? $", {NotSent} not sent ({StopReason ?? Status.ToString().ToLowerInvariant()})" : "");
}
