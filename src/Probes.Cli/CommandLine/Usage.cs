namespace Probes.Cli.CommandLine;

public static class Usage
{
    public static int Print(TextWriter output)
    {
        output.WriteLine("""
            usage:
              probes demo [--data DIR]                         synthetic model family, embedded, no key needed
              probes run SPEC.yaml [--storage DIR | --storage-connection-string CS [--container NAME]]
                                                               exit 3 when the spec's budget stopped it (records so far kept)
              probes campaign status ID [--storage …] [--json] status, stop reason, counts and spending from campaign.json
              probes campaign retry-errors ID [--storage …]    re-run the items whose latest record is an error
              probes fp list [--storage …] [--json]            fingerprints in storage, with record counts
              probes fp show TARGET [--storage …] [--json]
              probes fp compare A B [--storage …] [--json]     per-family similarity, z-scores, the features behind it
              probes fp matrix [--format table|csv|json] [--key VERSION-HASH]
              probes fp identify TARGET [--fpr 0.05] [--json]  ranked candidates, margin, or "unknown"
              probes fp same A B [--campaign-a ID] [--campaign-b ID] [--alpha 0.05] [--permutations 1000] [--storage …] [--json]
                                                               same model? permutation test on the raw completions
              probes fp lineage S [--candidates A,B,…] [--alpha 0.05] [--replicates 100] [--json]
                                                               derived from? best-parent test with Holm, drivers
              probes eval --dataset DIR [--json FILE] [--data DIR]  replay a recorded dataset, score lineage against it
            storage defaults to ./probes-data; PROBES_STORAGE_CONNECTION_STRING selects Azure Blob Storage.
            exit codes: 0 done, 1 failed, 2 bad command line or spec (nothing started), 3 stopped at the budget.
            """);
        return 0;
    }
}
